package io.complaints.triage.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A complaint's text, tokenized once for every rule: lower-case words, the words joined by single spaces, and the
 * emoji.
 */
public final class Text {

    private static final int ZERO_WIDTH_JOINER = 0x200D;
    private static final int VARIATION_SELECTOR = 0xFE0F;
    private static final int FIRST_SKIN_TONE = 0x1F3FB;
    private static final int LAST_SKIN_TONE = 0x1F3FF;

    private final String original;
    private final String plain;
    private final List<String> words;
    private final String joined;
    private final List<String> emoji;

    public Text(String original) {
        this.original = original;
        this.plain = original.replace('\u2019', '\'');
        this.words = words(original.toLowerCase(Locale.ROOT));
        this.joined = " " + String.join(" ", words) + " ";
        this.emoji = emoji(original);
    }

    public String original() {
        return original;
    }

    /**
     * The original with each typographic apostrophe made plain, as phones and mail programs type "couldn’t" and
     * the lexicons and models know "couldn't".
     */
    public String plain() {
        return plain;
    }

    public List<String> words() {
        return words;
    }

    /** The words joined by single spaces with a space at each end, so " charged twice " finds whole words. */
    public String padded() {
        return joined;
    }

    /**
     * The emoji in order, as often as they occur, each without its variation selector or skin tone ("❤️" is "❤", "👍🏽" is
     * "👍"); of a sequence joined by zero-width joiners ("🤦‍♀️") only the first. Not among the words: they
     * would count as words where words are counted (the language's function words, a phrase's neighbours).
     */
    public List<String> emoji() {
        return emoji;
    }

    static List<String> emoji(String original) {
        List<String> emoji = new ArrayList<>();
        int i = 0;
        while (i < original.length()) {
            int codePoint = original.codePointAt(i);
            if (isEmoji(codePoint)) {
                emoji.add(Character.toString(codePoint));
                i = endOfEmoji(original, i);
            } else {
                i += Character.charCount(codePoint);
            }
        }
        return emoji;
    }

    /**
     * Where the emoji at {@code start} ends: after its variation selector, skin tone and whatever a zero-width
     * joiner joins to it ("🤦🏽‍♀️" is one emoji).
     */
    static int endOfEmoji(String text, int start) {
        int i = start + Character.charCount(text.codePointAt(start));
        while (i < text.length()) {
            int codePoint = text.codePointAt(i);
            if (codePoint == ZERO_WIDTH_JOINER && i + 1 < text.length()) {
                i += 1 + Character.charCount(text.codePointAt(i + 1));
            } else if (isEmojiModifier(codePoint)) {
                i += Character.charCount(codePoint);
            } else {
                break;
            }
        }
        return i;
    }

    /** What changes the emoji before it: a variation selector, a skin tone, a zero-width joiner. */
    static boolean isEmojiModifier(int codePoint) {
        return codePoint == VARIATION_SELECTOR || codePoint == ZERO_WIDTH_JOINER
                || (codePoint >= FIRST_SKIN_TONE && codePoint <= LAST_SKIN_TONE);
    }

    /** The pictographs of Unicode's symbol blocks (faces, hands, hearts, objects); not ©, ® or °. */
    static boolean isEmoji(int codePoint) {
        boolean emojiBlock = (codePoint >= 0x2600 && codePoint <= 0x27BF) || (codePoint >= 0x2B00 && codePoint <= 0x2BFF)
                || (codePoint >= 0x1F000 && codePoint <= 0x1FAFF);
        return emojiBlock && Character.getType(codePoint) == Character.OTHER_SYMBOL;
    }

    /** Letters, digits and apostrophes make words; everything else separates them. */
    static List<String> words(String lower) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= lower.length(); i++) {
            boolean wordChar = i < lower.length() && isWordChar(lower.charAt(i));
            if (wordChar && start < 0) {
                start = i;
            } else if (!wordChar && start >= 0) {
                words.add(trimApostrophes(lower.substring(start, i)));
                start = -1;
            }
        }
        words.removeIf(String::isEmpty);
        return words;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '\'' || c == '\u2019';
    }

    private static String trimApostrophes(String word) {
        String normalized = word.replace('\u2019', '\'');
        int start = 0;
        int end = normalized.length();
        while (start < end && normalized.charAt(start) == '\'') {
            start++;
        }
        while (end > start && normalized.charAt(end - 1) == '\'') {
            end--;
        }
        return normalized.substring(start, end);
    }
}
