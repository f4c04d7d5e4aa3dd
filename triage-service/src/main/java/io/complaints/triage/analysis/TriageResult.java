package io.complaints.triage.analysis;

import java.util.List;
import java.util.Set;

/** How bad a complaint is, and the cues that say why. */
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
        List<Cue> explanation) {
}
