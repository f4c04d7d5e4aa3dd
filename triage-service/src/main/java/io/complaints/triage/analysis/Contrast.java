package io.complaints.triage.analysis;

import java.util.List;

/**
 * What a "but" does to a text's phrases: what comes before the first "but" counts half and what comes after it one and
 * a half times, as VADER counts its words ({@link VaderSentiment}). The complaint and praise language obey the same
 * turn, so "flight delayed 3 hours but the crew were brilliant" is read by its praise and "lovely staff but the
 * flight was delayed 3 hours" by its complaint, where the phrase would otherwise outweigh the words VADER turned.
 */
final class Contrast {

    static final double BEFORE_BUT = 0.5;
    static final double AFTER_BUT = 1.5;

    private Contrast() {
    }

    /** The phrases, each weighed by its side of the text's first "but"; unchanged in a text without one. */
    static List<Cue> weighed(Text text, List<Cue> phrases) {
        String padded = text.padded();
        int but = padded.indexOf(" but ");
        if (but < 0 || phrases.isEmpty()) {
            return phrases;
        }
        return phrases.stream().map(phrase -> {
            int at = padded.indexOf(" " + phrase.cue() + " ");
            if (at < 0 || at == but) {
                return phrase;
            }
            double factor = at < but ? BEFORE_BUT : AFTER_BUT;
            return new Cue(phrase.cue(), phrase.rule(), Cue.round(phrase.weight() * factor));
        }).toList();
    }
}
