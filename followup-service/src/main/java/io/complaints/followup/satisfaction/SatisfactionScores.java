package io.complaints.followup.satisfaction;

import java.util.Collection;

/**
 * The three survey measures over a set of answers: CSAT as the share of 4s and 5s, NPS as the share of
 * promoters (9-10) minus the share of detractors (0-6), CES as the mean effort. Each counts only the answers
 * that gave that score; null when none did.
 */
public record SatisfactionScores(long responses, Double csatPercent, Double nps, Double cesAverage) {

    public record Answer(Integer csat, Integer nps, Integer ces) {
    }

    public static SatisfactionScores of(Collection<Answer> answers) {
        long csatCount = 0, satisfied = 0, npsCount = 0, promoters = 0, detractors = 0, cesCount = 0, cesSum = 0;
        for (Answer answer : answers) {
            if (answer.csat() != null) {
                csatCount++;
                satisfied += answer.csat() >= 4 ? 1 : 0;
            }
            if (answer.nps() != null) {
                npsCount++;
                promoters += answer.nps() >= 9 ? 1 : 0;
                detractors += answer.nps() <= 6 ? 1 : 0;
            }
            if (answer.ces() != null) {
                cesCount++;
                cesSum += answer.ces();
            }
        }
        return new SatisfactionScores(answers.size(),
                csatCount == 0 ? null : round(100.0 * satisfied / csatCount),
                npsCount == 0 ? null : round(100.0 * (promoters - detractors) / npsCount),
                cesCount == 0 ? null : round((double) cesSum / cesCount));
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
