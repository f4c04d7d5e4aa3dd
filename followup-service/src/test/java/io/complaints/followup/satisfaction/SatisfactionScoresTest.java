package io.complaints.followup.satisfaction;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class SatisfactionScoresTest {

    private static SatisfactionScores.Answer answer(Integer csat, Integer nps, Integer ces) {
        return new SatisfactionScores.Answer(csat, nps, ces);
    }

    @Test
    void csatIsTheShareOfFoursAndFives() {
        SatisfactionScores scores = SatisfactionScores.of(List.of(answer(5, null, null), answer(4, null, null),
                answer(3, null, null), answer(1, null, null)));
        assertEquals(50.0, scores.csatPercent());
    }

    @Test
    void npsIsPromotersMinusDetractors() {
        // 2 promoters (9, 10), 1 passive (8), 2 detractors (6, 0): (2 - 2) / 5 = 0; with one more promoter 1/6.
        assertEquals(0.0, SatisfactionScores.of(List.of(answer(null, 9, null), answer(null, 10, null),
                answer(null, 8, null), answer(null, 6, null), answer(null, 0, null))).nps());
        assertEquals(16.7, SatisfactionScores.of(List.of(answer(null, 9, null), answer(null, 10, null), answer(null, 10, null),
                answer(null, 8, null), answer(null, 6, null), answer(null, 0, null))).nps());
        assertEquals(-100.0, SatisfactionScores.of(List.of(answer(null, 3, null))).nps());
    }

    @Test
    void cesIsTheMeanEffort() {
        assertEquals(2.5, SatisfactionScores.of(List.of(answer(null, null, 2), answer(null, null, 3))).cesAverage());
    }

    @Test
    void eachMeasureCountsOnlyTheAnswersThatGaveIt() {
        SatisfactionScores scores = SatisfactionScores.of(List.of(answer(5, null, null), answer(null, 10, 7)));
        assertEquals(2, scores.responses());
        assertEquals(100.0, scores.csatPercent());
        assertEquals(100.0, scores.nps());
        assertEquals(7.0, scores.cesAverage());
    }

    @Test
    void noAnswersNoScores() {
        SatisfactionScores scores = SatisfactionScores.of(List.of());
        assertNull(scores.csatPercent());
        assertNull(scores.nps());
        assertNull(scores.cesAverage());
    }
}
