package io.complaints.triage.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a text asks for information: "@AcmeAir is flight 455 on time?", "what's the daily limit for
 * contactless". A grievance put as a question ("why ...", "where is my order??", "?!") asks for nothing but to
 * be heard, and is not one.
 */
final class Questions {

    private static final Set<String> QUESTION_STARTS = Set.of("how", "what", "where", "when", "who", "which",
            "can", "could", "would", "will", "do", "does", "did", "is", "are", "should", "may", "any");
    /** "Why is my refund late?" and "where is my order??" ask for nothing but the grievance to be heard. */
    private static final Set<String> GRIEVANCE_STARTS = Set.of("why");
    /** "what's", "where're", "who'd": the question word before its contraction. */
    private static final Pattern CONTRACTION = Pattern.compile("'(s|re|d|ll|ve)$");
    /** "Would not go back", "Will never order again": statements that start as a question would. */
    private static final Set<String> STATEMENT_SECOND_WORDS = Set.of("not", "never");
    /** "What a mistake", "what an evening". */
    private static final Set<String> EXCLAMATION_SECOND_WORDS = Set.of("a", "an");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+|\\R");

    private Questions() {
    }

    /**
     * A question mark, or a question sentence first (see {@link #isQuestion}), unless it starts with "why" or
     * repeats its marks ("??", "?!").
     */
    static boolean asksForInformation(String original) {
        if (GRIEVANCE_STARTS.contains(firstWords(original).get(0)) || original.contains("??") || original.contains("?!")
                || original.contains("!?")) {
            return false;
        }
        return original.contains("?") || isQuestion(SENTENCE_END.split(original.trim())[0]);
    }

    /**
     * Asks for information and says nothing else: every sentence is a question. "Refund was promised 3 weeks
     * ago. Where is it?" tells of a grievance before it asks.
     */
    static boolean onlyAsks(String original) {
        if (!asksForInformation(original)) {
            return false;
        }
        for (String sentence : SENTENCE_END.split(original)) {
            if (!firstWords(sentence).get(0).isEmpty() && !isQuestion(sentence)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A sentence with a question mark, or one that starts with a question word (after any @mentions, as posts to
     * a company begin) and does not end as a statement: "@BankOne what's the daily limit for contactless" asks;
     * "Would not go back.", "What a mistake!" and "Do not waste your money" do not.
     */
    private static boolean isQuestion(String sentence) {
        if (sentence.contains("?")) {
            return true;
        }
        String trimmed = sentence.strip();
        List<String> first = firstWords(sentence);
        return QUESTION_STARTS.contains(first.get(0)) && !trimmed.endsWith(".") && !trimmed.endsWith("!")
                && !STATEMENT_SECOND_WORDS.contains(first.get(1))
                && !(first.get(0).equals("what") && EXCLAMATION_SECOND_WORDS.contains(first.get(1)));
    }

    /**
     * The first two words after any @mentions and marks without letters ("- how do I ...", "1. where is ..."),
     * the first without its verb's contraction; "" where there are none.
     */
    private static List<String> firstWords(String sentence) {
        List<String> words = new ArrayList<>();
        for (String token : sentence.trim().split("\\s+")) {
            if (!(words.isEmpty() && token.startsWith("@"))) {
                words.addAll(Text.words(token.toLowerCase(Locale.ROOT)));
            }
            if (words.size() >= 2) {
                break;
            }
        }
        while (words.size() < 2) {
            words.add("");
        }
        words.set(0, CONTRACTION.matcher(words.get(0)).replaceFirst(""));
        return words;
    }
}
