package io.complaints.triage.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A complaint's text, tokenized once for every rule: lower-case words, and the words joined by single spaces. */
public final class Text {

    private final String original;
    private final List<String> words;
    private final String joined;

    public Text(String original) {
        this.original = original;
        this.words = words(original.toLowerCase(Locale.ROOT));
        this.joined = " " + String.join(" ", words) + " ";
    }

    public String original() {
        return original;
    }

    public List<String> words() {
        return words;
    }

    /** The words joined by single spaces with a space at each end, so " charged twice " finds whole words. */
    public String padded() {
        return joined;
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
