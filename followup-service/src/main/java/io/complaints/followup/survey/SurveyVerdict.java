package io.complaints.followup.survey;

import java.util.Locale;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * Whether a survey answer means the complaint is not settled: CSAT 2 or less; NPS 6 or less (a detractor)
 * with a negative comment; or the customer saying it is not resolved, by the flag or in the comment.
 */
public final class SurveyVerdict {

    public static final String LOW_CSAT = "low_csat";
    public static final String DETRACTOR_WITH_NEGATIVE_COMMENT = "detractor_with_negative_comment";
    public static final String NOT_RESOLVED = "not_resolved";

    private static final int MAX_UNHAPPY_CSAT = 2;
    private static final int MAX_DETRACTOR_NPS = 6;
    private static final double NEGATIVE_COMMENT = -0.05;
    private static final String[] NOT_RESOLVED_PHRASES = {"not resolved", "isn't resolved", "not fixed", "still not",
            "still broken", "still waiting", "nothing has changed", "never resolved", "unresolved"};

    private final ToDoubleFunction<String> commentSentiment;

    /** {@code commentSentiment} scores a comment in [-1, 1]. */
    public SurveyVerdict(ToDoubleFunction<String> commentSentiment) {
        this.commentSentiment = commentSentiment;
    }

    /** The reason to reopen, or empty when the customer is satisfied enough to close. */
    public Optional<String> reopenReason(SurveyAnswer answer) {
        if (Boolean.FALSE.equals(answer.resolved()) || saysNotResolved(answer.comment())) {
            return Optional.of(NOT_RESOLVED);
        }
        if (answer.csat() != null && answer.csat() <= MAX_UNHAPPY_CSAT) {
            return Optional.of(LOW_CSAT);
        }
        if (answer.nps() != null && answer.nps() <= MAX_DETRACTOR_NPS && isNegative(answer.comment())) {
            return Optional.of(DETRACTOR_WITH_NEGATIVE_COMMENT);
        }
        return Optional.empty();
    }

    public boolean isNegative(String comment) {
        return comment != null && !comment.isBlank() && commentSentiment.applyAsDouble(comment) <= NEGATIVE_COMMENT;
    }

    static boolean saysNotResolved(String comment) {
        if (comment == null) {
            return false;
        }
        String lower = comment.toLowerCase(Locale.ROOT);
        for (String phrase : NOT_RESOLVED_PHRASES) {
            if (lower.contains(phrase)) {
                return true;
            }
        }
        return false;
    }
}
