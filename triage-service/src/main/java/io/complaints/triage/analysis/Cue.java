package io.complaints.triage.analysis;

/** One thing in the text that moved a score: the word or phrase, the rule that fired, and by how much. */
public record Cue(String cue, String rule, double weight) {
}
