package io.complaints.triage.analysis;

/** One thing in the text that moved a score: the word or phrase, the rule that fired, and by how much. */
public record Cue(String cue, String rule, double weight) {

    /** A weight or score to the precision triage reports them at (three decimals). */
    public static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
