package io.complaints.triage.analysis;

import java.util.List;
import java.util.Set;

/**
 * How bad a complaint is, and the cues that say why. {@code complaintConfidence}: how likely the text is a
 * complaint at all rather than a question, a request or praise (below 0.5 it is flagged not_a_complaint).
 */
public record TriageResult(
        SentimentAnalysis.Sentiment sentiment,
        double anger,
        Emotion emotion,
        double urgency,
        Category category,
        Set<Flag> flags,
        String language,
        double severityPoints,
        Severity severity,
        double complaintConfidence,
        List<Cue> explanation) {
}
