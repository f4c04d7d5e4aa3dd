package io.complaints.triage.analysis;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResolutionsTest {

    private static final Cue CANCELLED = new Cue("was cancelled", TriageAnalyzer.COMPLAINT_LANGUAGE_RULE, -0.25);

    @ParameterizedTest
    @ValueSource(strings = {
            "@Nationwide I was scammed out of £400 and they refunded every penny after one phone call",
            "@Marriott the room flooded from upstairs at midnight, they moved us to a suite and took the night off the bill",
            "laptop screen cracked two days before my deadline and @Dell sent a technician to my house the next morning",
            "@Dyson sent a new battery out the same day I rang, no questions"})
    void aFixToldWithNothingWrongAfterIsPraise(String text) {
        Optional<Cue> fix = Resolutions.fix(new Text(text), List.of());
        assertTrue(fix.isPresent(), text);
        assertEquals(TriageAnalyzer.PRAISE_LANGUAGE_RULE, fix.get().rule());
        assertTrue(fix.get().weight() > 0);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "@Marriott charged the deposit twice and only refunded one",
            "@Chase my card got replaced and now every autopay failed and I'm getting late fees",
            "@BritishGas sent an engineer who didn't have the part, now another week without hot water",
            "@Instacart shopper replaced the organic strawberries with a bag of onions",
            "I've now explained my problem to seven different people. SEVEN. And not one of you has fixed it.",
            "please refund me the £40",
            "they said it was fixed, it isn't",
            "I replaced the filter myself",
            "refunded, but only half of it",
            "my momma had me in the car listening to the radio",
            "Chris Shiflett credited w/ Fox Soccer theme",
            "You closed my ticket as resolved. Reopen it.",
            "the chat agent marked it fixed and left"})
    void aFixDoubtedWantedPartlyDoneOrFollowedByAGrievanceIsNone(String text) {
        assertEquals(Optional.empty(), Resolutions.fix(new Text(text), List.of()), text);
    }

    @Test
    void complaintLanguageAfterTheFixTellsTheGrievanceGoesOn() {
        Cue wrongAgain = new Cue("was cancelled", TriageAnalyzer.COMPLAINT_LANGUAGE_RULE, -0.25);
        Text text = new Text("@AcmeAir they rebooked me and sorted a hotel, then the new flight was cancelled");
        assertEquals(Optional.empty(), Resolutions.fix(text, List.of(wrongAgain)));
        Text putRight = new Text("@AcmeAir our flight was cancelled and the lady at the desk had us on the next one");
        assertEquals("had us", Resolutions.fix(putRight, List.of(CANCELLED)).orElseThrow().cue());
        assertEquals(-0.125, Resolutions.troublesPutRight(List.of(CANCELLED)).get(0).weight(), 1e-9);
    }

    @Test
    void aFixQuotedInDisputeIsNone() {
        Text text = new Text("@Honda my check engine light came on again two days after the dealer \"fixed\" it");
        assertTrue(Resolutions.fix(new Text("the dealer fixed it in an hour"), List.of()).isPresent());
        assertEquals(Optional.empty(), Resolutions.fix(text, QuotedClaims.disputed(text, false)));
    }

    @Test
    void aNarrativeIsNotReadForFixes() {
        String fixed = "they refunded the fee. ";
        assertTrue(Resolutions.fix(new Text(fixed), List.of()).isPresent());
        String steps = fixed + "The statement came on the first of the month as it does. ".repeat(6);
        assertEquals(Optional.empty(), Resolutions.fix(new Text(steps), List.of()));
    }
}
