package io.complaints.followup.survey;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SurveyVerdictTest {

    private final SurveyVerdict verdict = new SurveyVerdict(CommentSentiment::compound);

    private Optional<String> reason(Integer csat, Integer nps, Integer ces, String comment, Boolean resolved) {
        return verdict.reopenReason(new SurveyAnswer(csat, nps, ces, comment, resolved));
    }

    @Test
    void aLowCsatReopens() {
        assertEquals(Optional.of(SurveyVerdict.LOW_CSAT), reason(2, null, null, null, null));
        assertEquals(Optional.of(SurveyVerdict.LOW_CSAT), reason(1, 9, null, "fine", null));
    }

    @Test
    void aSatisfiedCustomerCloses() {
        assertEquals(Optional.empty(), reason(4, 9, 2, "Thanks, great help!", null));
        assertEquals(Optional.empty(), reason(3, null, null, null, null));
    }

    @Test
    void aDetractorReopensOnlyWithANegativeComment() {
        assertEquals(Optional.of(SurveyVerdict.DETRACTOR_WITH_NEGATIVE_COMMENT),
                reason(null, 4, null, "Terrible, slow and rude support", null));
        assertEquals(Optional.empty(), reason(null, 6, null, "It was ok I guess, thanks", null));
        assertEquals(Optional.empty(), reason(null, 3, null, null, null));
    }

    @Test
    void sayingItIsNotResolvedReopensWhateverTheScores() {
        assertEquals(Optional.of(SurveyVerdict.NOT_RESOLVED), reason(5, 10, 1, null, false));
        assertEquals(Optional.of(SurveyVerdict.NOT_RESOLVED), reason(4, null, null, "Nice people but my issue is still not fixed", null));
    }

    @Test
    void aCommentIsNegativeByVader() {
        assertTrue(verdict.isNegative("This was awful and useless"));
        assertFalse(verdict.isNegative("Lovely, thank you"));
        assertFalse(verdict.isNegative(""));
    }

    @Test
    void atLeastOneScoreIsRequired() {
        assertFalse(new SurveyAnswer(null, null, null, "hi", null).isScored());
        assertTrue(new SurveyAnswer(null, null, 3, null, null).isScored());
    }
}
