package io.complaints.triage.analysis;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Fire" said of food, music or a look: "the new breakfast burrito is fire", "this playlist is straight fire 🔥".
 * Praise, not a blaze: the safety cue "fire" paged it, and VADER read it -1.4. Only a "fire" after "is", "was", "so",
 * "straight" ... that ends its clause is slang; "there is fire coming out of the socket" and "the kitchen was on fire"
 * stay a safety issue.
 */
final class FireSlang {

    static final double PRAISE_WEIGHT = 0.3;

    private static final Pattern SLANG = Pattern.compile("(?i)\\b(?:is|was|are|were|so|straight|pure|absolute|absolutely"
            + "|lowkey|proper|actually|literally)\\s+fire\\b(?=\\s*(?:$|[.!,;:)]|\\p{So}|(?:tho|though|fr|ngl|bro|lol)\\b))");
    private static final Pattern FIRE = Pattern.compile("(?i)\\bfire\\b");

    private FireSlang() {
    }

    /** The slang that praises, as in the text ("is fire"), where every "fire" of the text is that slang. */
    static Optional<String> praise(String text) {
        Matcher slang = SLANG.matcher(text);
        if (!slang.find()) {
            return Optional.empty();
        }
        String first = slang.group();
        int slangCount = 1;
        while (slang.find()) {
            slangCount++;
        }
        Matcher fire = FIRE.matcher(text);
        int fireCount = 0;
        while (fire.find()) {
            fireCount++;
        }
        return fireCount == slangCount ? Optional.of(first.toLowerCase(Locale.ROOT)) : Optional.empty();
    }
}
