package io.complaints.triage.analysis;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class RaisedVoiceTest {

    @Test
    void shoutedWordsCountOnlyWordsOfThreeLettersOrMore() {
        assertEquals(new RaisedVoice.Shouted(List.of("WANT", "MONEY"), 3), RaisedVoice.shoutedWords("I WANT my MONEY now OK"));
    }

    @Test
    void redactionPlaceholdersAreNotShouting() {
        assertEquals(new RaisedVoice.Shouted(List.of("CLOSED"), 5), RaisedVoice.shoutedWords("My account XXXX at XXXX was CLOSED"));
    }

    @Test
    void oneWordInCapitalsIsStressOnlyWhereStressGoes() {
        assertEquals(List.of("NOT"), capitalsCues("Do NOT tell me it is being looked into"));
        assertEquals(List.of("DIDN'T"), capitalsCues("The engineer DIDN'T turn up"));
        assertEquals(List.of(), capitalsCues("The ATM swallowed my card"));
        assertEquals(List.of(), capitalsCues("The CFPB has my complaint"));
    }

    @Test
    void theCompanyToldWhatItDidIsBlamedAskedOrThankedItIsNot() {
        assertEquals("you", RaisedVoice.addressed(new Text("You took my money and kept it").words()));
        assertEquals("your", RaisedVoice.addressed(new Text("Could you check why your driver left it outside").words()));
        assertNull(RaisedVoice.addressed(new Text("Could you send a replacement? Thank you").words()));
        assertNull(RaisedVoice.addressed(new Text("My parcel arrived broken").words()));
        assertNull(RaisedVoice.addressed(new Text("It came a day late, just so you know").words()));
    }

    private static List<String> capitalsCues(String original) {
        return RaisedVoice.cues(new Text(original)).stream().filter(cue -> cue.rule().equals("anger:capitals"))
                .map(Cue::cue).toList();
    }
}
