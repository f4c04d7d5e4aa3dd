package io.complaints.triage.analysis;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuotedClaimsTest {

    private static List<Cue> disputed(String text) {
        return QuotedClaims.disputed(new Text(text), Questions.onlyAsks(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "@FedEx \"delivered\" to a house I've never seen, photo proof and all",
            "@Chase you froze my account for \u201Csuspicious activity\u201D which was me buying gas",
            "@Asos the refund for my return has been 'processing' for 3 weeks",
            "my claim is still \" under review \" after six weeks",
            "@Currys sold me a \"New\" laptop with someone else's photos on it",
            "why does the tracker say \"out for delivery\" when the depot is closed?"})
    void aCompanysWordQuotedToDisputeItIsComplaintLanguage(String text) {
        List<Cue> cues = disputed(text);
        assertEquals(1, cues.size(), text);
        assertEquals(TriageAnalyzer.COMPLAINT_LANGUAGE_RULE, cues.get(0).rule());
        assertTrue(cues.get(0).weight() < 0);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Wow. \"True Blood\" was good tonight.",
            "The view from my \"desk\" this morning",
            "delivered, thanks! the driver was lovely",
            "the drivers' help desk was great, and the owners' service too",
            "what does \"pending\" mean on my order?",
            "she said \"I'll be there in a minute\" and was"})
    void aQuotationOfAnythingElseAWordUnquotedOrAWordAskedAboutIsNone(String text) {
        assertEquals(List.of(), disputed(text), text);
    }

    @Test
    void praiseInAQuotedClaimIsNone() {
        Cue fixedIt = new Cue("fixed it", TriageAnalyzer.PRAISE_LANGUAGE_RULE, 0.3);
        Cue quick = new Cue("in no time", TriageAnalyzer.PRAISE_LANGUAGE_RULE, 0.3);
        assertEquals(List.of(quick), QuotedClaims.withoutDisputedPraise(
                new Text("the dealer \"fixed\" it in no time, and the light is back"), List.of(fixedIt, quick)));
        assertEquals(List.of(fixedIt), QuotedClaims.withoutDisputedPraise(new Text("the dealer fixed it"), List.of(fixedIt)));
    }

    @Test
    void theQuotedWordIsTheCue() {
        assertEquals("\"in transit\"", disputed("my shoes are \"in transit\" since october").get(0).cue());
    }
}
