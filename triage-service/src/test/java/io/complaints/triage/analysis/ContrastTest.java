package io.complaints.triage.analysis;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class ContrastTest {

    private static final Cue DELAYED = new Cue("delayed 3 hours", TriageAnalyzer.COMPLAINT_LANGUAGE_RULE, -0.3);

    @Test
    void aPhraseBeforeTheFirstButCountsHalfAndOneAfterItOneAndAHalfTimes() {
        assertEquals(List.of(new Cue("delayed 3 hours", TriageAnalyzer.COMPLAINT_LANGUAGE_RULE, -0.15)),
                Contrast.weighed(new Text("Flight delayed 3 hours, but the crew were brilliant"), List.of(DELAYED)));
        assertEquals(List.of(new Cue("delayed 3 hours", TriageAnalyzer.COMPLAINT_LANGUAGE_RULE, -0.45)),
                Contrast.weighed(new Text("Lovely crew but the flight was delayed 3 hours"), List.of(DELAYED)));
    }

    @Test
    void withoutAButThePhrasesStandAsTheyAre() {
        List<Cue> phrases = List.of(DELAYED);
        assertSame(phrases, Contrast.weighed(new Text("Flight delayed 3 hours, buttons on the screen broken"), phrases));
    }
}
