package io.complaints.triage.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Whether a text asks for information: "@AcmeAir is flight 455 on time?", "what's the daily limit for
 * contactless". A grievance put as a question ("why ...", "where is my order??", "?!") asks for nothing but to
 * be heard, and is not one.
 */
final class Questions {

    private static final Set<String> QUESTION_STARTS = Set.of("how", "what", "where", "when", "who", "which",
            "can", "could", "would", "will", "do", "does", "did", "is", "are", "should", "may", "any");
    /**
     * Questions that open as these ask for nothing but the grievance to be heard: "why is my refund late?", "how
     * is it possible to be cut off five times in one day", "what am I paying for" (as does "where is my order??", by
     * its marks), "so is anyone going to explain the $40 charge?".
     */
    private static final List<List<String>> GRIEVANCE_OPENINGS = List.of(
            List.of("why"), List.of("how", "is", "it"), List.of("how", "come"), List.of("how", "can", "you"), List.of("how", "dare"),
            List.of("how", "many", "times"), List.of("how", "hard", "is"), List.of("how", "difficult", "is"),
            List.of("how", "much", "longer"), List.of("how", "is", "this"), List.of("is", "it", "too", "much"),
            List.of("what", "is", "the", "point"), List.of("what", "the", "point"), List.of("are", "you", "serious"),
            List.of("are", "you", "kidding"), List.of("is", "this", "a", "joke"), List.of("how", "is", "that"),
            List.of("would", "it", "hurt"), List.of("would", "it", "kill"), List.of("what", "am", "i", "paying"),
            List.of("what", "are", "we", "paying"), List.of("what", "do", "i", "pay"), List.of("what", "do", "we", "pay"),
            List.of("is", "anyone", "going"), List.of("is", "anybody", "going"), List.of("is", "someone", "going"),
            List.of("will", "anyone", "ever"), List.of("will", "anybody", "ever"));
    private static final int OPENING_WORDS = 4;
    /** "what's", "where're", "who'd": the question word before its contraction. */
    private static final Pattern CONTRACTION = Pattern.compile("'(s|re|d|ll|ve)$");
    /** What may open a question before its question word: "please could you tell me if bikes are allowed". */
    private static final Set<String> OPENERS = Set.of("please", "pls", "plz", "hi", "hello", "hey", "so");
    /** The same contraction typed without its apostrophe, as posts often are: "whats the earliest I can check in". */
    private static final Pattern UNMARKED_CONTRACTION = Pattern.compile("^(what|where|how|when|who)s$");
    /**
     * What opens a question asked after a statement and a comma: "I'll be out tomorrow, can the driver leave it with a
     * neighbour". Not "do" ("..., do something"), "any", nor a word that mostly opens a relative clause there ("...,
     * which I threw away", "..., when I called").
     */
    private static final Set<String> CLAUSE_QUESTION_STARTS = Set.of("how", "what", "can", "could", "would", "will",
            "is", "are", "should", "may");
    /**
     * A statement with a negation tells a trouble the question after it asks about: "hasn't updated, is it lost". A
     * contraction may be typed without its apostrophe ("hasnt"), which only a list tells from "want" or "account".
     */
    private static final Pattern NEGATION = Pattern.compile("(?i)\\b(not|no|never|nothing|nobody|\\w+n't|dont|cant|wont"
            + "|isnt|arent|wasnt|werent|didnt|doesnt|havent|hasnt|hadnt|couldnt|wouldnt|shouldnt|aint)\\b");
    /** What opens a condition, not a trouble told: "if I don't travel, can I get a refund?" ("in case" too). */
    private static final Set<String> CONDITIONS = Set.of("if", "whether", "when", "unless", "once");
    private static final int CONDITION_REACH = 5;
    /** The verbs and subjects of a question put after a condition ({@link #asksAfterCondition}). */
    private static final Set<String> INVERTED_VERBS = Set.of("do", "does", "can", "could", "will", "would", "should",
            "is", "are", "am");
    private static final Set<String> SUBJECTS = Set.of("i", "we", "you", "it", "that", "they", "he", "she", "there",
            "my", "our", "the", "this");
    /** "Would not go back", "Will never order again": statements that start as a question would. */
    private static final Set<String> STATEMENT_SECOND_WORDS = Set.of("not", "never", "now", "also", "still", "only",
            "actually", "just", "easily", "even", "really", "finally", "already", "be");
    /** "What a mistake", "what an evening". */
    private static final Set<String> EXCLAMATION_SECOND_WORDS = Set.of("a", "an");
    /**
     * How a short remark opens before the comma of a question ("That's adorable, what breed is he?", "This is genuinely
     * impressive, how long did it take you?"): the sentence says what the writer thinks as well as asking.
     */
    private static final List<List<String>> REMARK_OPENINGS = Stream.of("that's", "thats", "that is", "this is",
            "what a", "what an", "you're", "youre", "you are").map(Text::words).toList();
    private static final int MAX_REMARK_WORDS = 5;
    /** The @mentions a post to a company opens with. */
    static final Pattern LEADING_HANDLES = Pattern.compile("^(\\s*@\\S+)+\\s*");
    static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+|\\R");
    /**
     * The words of a sentence of thanks that closes a question: those of {@link VaderSentiment#THANKING} and
     * "you", "so much", "in advance", ... ("thank you so much", "thx in advance").
     */
    private static final Set<String> THANKS_WORDS = Stream.concat(VaderSentiment.THANKING.stream(),
                    Stream.of("you", "so", "very", "much", "many", "in", "advance", "a", "lot"))
            .collect(Collectors.toUnmodifiableSet());
    private static final Pattern TOKEN = Pattern.compile("\\S+");
    /** "even" in a question reproaches ("do you even read these?") unless it compares or concedes ("even if", "or even"). */
    private static final Set<String> EVEN_CONCEDING_AFTER = Set.of("if", "though", "when", "after", "before", "more",
            "less", "better", "worse", "faster", "cheaper", "so", "then", "with", "without", "for", "on", "in", "at");
    private static final Set<String> EVEN_CONCEDING_BEFORE = Set.of("or", "not", "and");
    /** Without a question mark, only a text with one of these may reproach ({@link #indignantQuestion}). */
    private static final Pattern REPROACHING_WORD = Pattern.compile("(?i)\\b(even|actually)\\b");
    /** Whom a question blames with "just" ({@link #blamesWithJust}): "your reps", "you", "they". */
    private static final Set<String> BLAMED = Set.of("you", "u", "your", "ur", "they");
    private static final int JUST_REACH = 4;
    private static final Set<String> JUST_VERBS = Set.of("do", "does", "are", "is");
    /** Who is asked whether they "actually" do their job: "are you actually", "does anyone actually". */
    private static final Set<String> ASKED_ACTUALLY = Set.of("you", "u", "anyone", "anybody", "they");
    /** The verbs that open a reproach with "actually" (not "could you actually check", which asks a favour). */
    private static final Set<String> REPROACHING_VERBS = Set.of("do", "does", "did", "are", "is", "was", "were", "have",
            "has");
    /**
     * Asking other customers whether they have the trouble too ("keeps buffering tonight, anyone else?", "is it just
     * me or is the app down"): a fault reported, not a question to the company ("can anyone else collect my parcel?").
     */
    private static final Pattern SHARED_TROUBLE = Pattern.compile("(?i)\\bany(?:one|body)\\s+else(?:\\s+(?:having|getting|seeing"
            + "|experiencing|noticed?|had|have|got|with|finding|find)\\b|\\s*(?:[?!.]|$))|\\bis\\s+it\\s+(?:just|only)\\s+me\\b");

    private Questions() {
    }

    /**
     * A question mark, or a question sentence first (see {@link #isQuestion}), unless a sentence opens as a grievance
     * ("why ...", "how is it ...": "ads every 5 mins on the ad-free plan. what am I paying for?"), asks whether others
     * have the trouble too, asks after a trouble told in the same sentence ({@link #asksAfterTrouble}), or repeats its
     * marks ("??", "?!").
     */
    static boolean asksForInformation(String original) {
        boolean marked = original.indexOf('?') >= 0;
        if (!marked && !isQuestion(firstSentence(original.trim()))) {
            return false;
        }
        if (original.contains("??") || original.contains("?!") || original.contains("!?")
                || SHARED_TROUBLE.matcher(original).find()) {
            return false;
        }
        String[] sentences = SENTENCE_END.split(original);
        return !(opensAsGrievance(sentences) || marked && (indignantQuestion(sentences) != null || asksAfterTrouble(sentences)));
    }

    private static boolean opensAsGrievance(String[] sentences) {
        for (String sentence : sentences) {
            if (opensAsGrievance(firstWords(sentence, OPENING_WORDS))) {
                return true;
            }
        }
        return false;
    }

    private static boolean opensAsGrievance(List<String> opening) {
        return GRIEVANCE_OPENINGS.stream().anyMatch(words -> startsWith(opening, words));
    }

    /**
     * A sentence that tells a trouble with a negation and then, after a comma, asks about it: "my bag didn't make the
     * connection in ATL, any idea when it will get to MSP?", "still no confirmation email, could you check it went
     * through?". The question is how the grievance is put, as {@link #asksAfterStatement} reads a sentence without
     * its question mark; not a condition ("if I don't travel, can I get a refund?").
     */
    private static boolean asksAfterTrouble(String[] sentences) {
        for (String sentence : sentences) {
            int mark = sentence.indexOf('?');
            int comma = mark < 0 ? -1 : sentence.lastIndexOf(',', mark);
            List<String> opening = firstWords(sentence);
            boolean condition = CONDITIONS.contains(opening.get(0)) || opening.equals(List.of("in", "case"));
            if (comma > 0 && !condition && troubleBefore(sentence, comma)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether every time the phrase occurs in the text a condition opened within {@value #CONDITION_REACH} words
     * before it: "if I cancel now do I get a refund", "in case I switch to the annual plan, ...", "without losing my
     * history". In a text that only asks, such a phrase is supposed, not meant: no threat to leave.
     */
    static boolean supposes(Text text, String phrase) {
        List<String> words = text.words();
        List<String> phraseWords = Text.words(phrase);
        boolean found = false;
        for (int i = 0; i + phraseWords.size() <= words.size(); i++) {
            if (!words.subList(i, i + phraseWords.size()).equals(phraseWords)) {
                continue;
            }
            found = true;
            boolean condition = false;
            for (int j = Math.max(0, i - CONDITION_REACH); j < i; j++) {
                condition |= opensCondition(words, j);
            }
            if (!condition) {
                return false;
            }
        }
        return found;
    }

    /**
     * "if", "whether", "when", "unless", "once", the "case" of "in case", or "without" ("can I change my email without
     * losing my order history?" fears a loss, it tells none).
     */
    private static boolean opensCondition(List<String> words, int j) {
        return CONDITIONS.contains(words.get(j)) || words.get(j).equals("without")
                || words.get(j).equals("case") && j > 0 && words.get(j - 1).equals("in");
    }

    private static String firstSentence(String text) {
        Matcher end = SENTENCE_END.matcher(text);
        return end.find() ? text.substring(0, end.start()) : text;
    }

    /**
     * The first question that reproaches with "even" ("Do your drivers even get out of the van?", "is anyone even
     * reading this?") or with "actually" after the one asked ("Are you actually trying to lose customers?", "does
     * anyone actually read these?"), or null; not "can I return it even if I opened it?", "is it cheaper or even
     * free?" nor "could you actually check my order?". Posts often leave the question mark off: a sentence that opens
     * as such a question does ("are you even testing these") is one too.
     */
    static String indignantQuestion(String original) {
        if (original.indexOf('?') < 0 && !REPROACHING_WORD.matcher(original).find()) {
            return null;
        }
        return indignantQuestion(SENTENCE_END.split(original));
    }

    private static String indignantQuestion(String[] sentences) {
        for (String sentence : sentences) {
            List<String> words = Text.words(LEADING_HANDLES.matcher(sentence.toLowerCase(Locale.ROOT)).replaceFirst(""));
            if (!sentence.contains("?") && !(words.size() > 2 && REPROACHING_VERBS.contains(words.get(0))
                    && ASKED_ACTUALLY.contains(words.get(1)))) {
                continue;
            }
            if (blamesWithJust(words)) {
                return sentence.strip();
            }
            for (int i = 1; i < words.size() - 1; i++) {
                if (words.get(i).equals("even") && !EVEN_CONCEDING_BEFORE.contains(words.get(i - 1))
                        && !EVEN_CONCEDING_AFTER.contains(words.get(i + 1))
                        || words.get(i).equals("actually") && ASKED_ACTUALLY.contains(words.get(i - 1))
                        && (i < 2 || REPROACHING_VERBS.contains(words.get(i - 2)))) {
                    return sentence.strip();
                }
            }
        }
        return null;
    }

    /**
     * A question put to the company that opens with what it does and says "just" of it: "Do your warehouse staff just
     * throw the boxes?", "so your reps just lie?" (not "can I just check the date?", "do I just reinstall it?", nor
     * the "just" of a moment ago: "did you just change the icon?").
     */
    private static boolean blamesWithJust(List<String> words) {
        int start = !words.isEmpty() && words.get(0).equals("so") ? 1 : 0;
        int asked = start + (start + 1 < words.size() && JUST_VERBS.contains(words.get(start)) ? 1 : 0);
        if (asked >= words.size() || !BLAMED.contains(words.get(asked))) {
            return false;
        }
        return words.subList(asked + 1, Math.min(words.size(), asked + 1 + JUST_REACH)).contains("just");
    }

    /**
     * Asks for information and says nothing else: every sentence is a question. "Refund was promised 3 weeks
     * ago. Where is it?" tells of a grievance before it asks.
     */
    static boolean onlyAsks(String original) {
        return asksForInformation(original) && everySentenceAsks(original);
    }

    /**
     * Every sentence is a question ({@link #isQuestion}) or thanks for the answer ("can I bring a car seat on
     * board? thanks"), and none opens with a short remark ({@link #remarksFirst}: "That's adorable, what breed is
     * he?"); the part of {@link #onlyAsks} after asking at all.
     */
    static boolean everySentenceAsks(String original) {
        for (String sentence : SENTENCE_END.split(original)) {
            boolean asks = isQuestion(sentence) && !remarksFirst(sentence);
            if (!firstWords(sentence).get(0).isEmpty() && !asks && !onlyThanks(sentence)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A sentence with a question mark, or one that starts with a question word (after any @mentions, as posts to
     * a company begin) or whose last clause does ({@link #asksAfterStatement}), and does not end as a statement:
     * "@BankOne what's the daily limit for contactless" asks; "Would not go back.", "What a mistake!" and "Do not
     * waste your money" do not.
     */
    private static boolean isQuestion(String sentence) {
        if (sentence.contains("?")) {
            return true;
        }
        String trimmed = sentence.strip();
        if (trimmed.endsWith(".") || trimmed.endsWith("!")) {
            return false;
        }
        int comma = trimmed.lastIndexOf(',');
        List<String> first = firstWords(sentence);
        return opensQuestion(first, QUESTION_STARTS) || comma > 0 && asksAfterStatement(trimmed, comma)
                || first.get(0).equals("if") && asksAfterCondition(Text.words(trimmed.toLowerCase(Locale.ROOT)));
    }

    /**
     * After the condition that opens the sentence, a verb before its subject asks: "if my flight is cancelled do I get
     * put on the next one", "if I book the up front seat does that include the cabin bag". Not "if it's late again I
     * will leave", nor a grievance ("if you can't deliver why do you charge for it").
     */
    private static boolean asksAfterCondition(List<String> words) {
        for (int i = 2; i < words.size() - 1; i++) {
            if (asksFrom(words.get(i), words.get(i + 1)) && !GRIEVANCE_OPENINGS.contains(List.of(words.get(i - 1)))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a question starts at word {@code i} of {@code lower}, its verb before its subject: "do I", "does that". */
    static boolean asksFrom(String[] lower, int i) {
        return i < lower.length - 1 && asksFrom(lower[i], lower[i + 1]);
    }

    private static boolean asksFrom(String verb, String subject) {
        return INVERTED_VERBS.contains(verb) && SUBJECTS.contains(subject);
    }

    /** The clause after the sentence's last comma asks: "I'm going to Spain in May, is roaming included on my plan". */
    private static boolean asksAfterStatement(String sentence, int comma) {
        List<String> opening = firstWords(sentence.substring(comma + 1), OPENING_WORDS);
        return opensQuestion(opening, CLAUSE_QUESTION_STARTS) && !opensAsGrievance(opening) && !troubleBefore(sentence, comma);
    }

    /** The clause before the comma tells a trouble with a negation: "hasn't updated, is it lost". */
    private static boolean troubleBefore(String sentence, int comma) {
        return NEGATION.matcher(sentence.substring(0, comma)).find();
    }

    private static boolean opensQuestion(List<String> first, Set<String> starts) {
        return starts.contains(first.get(0)) && !STATEMENT_SECOND_WORDS.contains(first.get(1))
                && !(first.get(0).equals("what") && EXCLAMATION_SECOND_WORDS.contains(first.get(1)));
    }

    /** The sentence opens with a short remark and a comma before it asks ({@link #REMARK_OPENINGS}). */
    private static boolean remarksFirst(String sentence) {
        int comma = sentence.indexOf(',');
        if (comma < 0 || sentence.substring(0, comma).contains("?")) {
            return false;
        }
        String before = LEADING_HANDLES.matcher(sentence.substring(0, comma)).replaceFirst("");
        List<String> remark = Text.words(before.toLowerCase(Locale.ROOT));
        return remark.size() <= MAX_REMARK_WORDS && REMARK_OPENINGS.stream()
                .anyMatch(opening -> opening.size() <= remark.size() && startsWith(remark, opening));
    }

    private static boolean onlyThanks(String sentence) {
        List<String> words = Text.words(sentence.toLowerCase(Locale.ROOT));
        return THANKS_WORDS.containsAll(words) && words.stream().anyMatch(VaderSentiment.THANKING::contains);
    }

    private static boolean startsWith(List<String> opening, List<String> words) {
        return opening.subList(0, words.size()).equals(words);
    }

    private static List<String> firstWords(String sentence) {
        return firstWords(sentence, 2);
    }

    /**
     * The first {@code count} words after any @mentions, greetings and "please" ("please could you tell me ...", "hi,
     * is the store open ...") and marks without letters ("- how do I ...", "1. where is ..."), the first without its
     * verb's contraction ("what's", "whats"); "" where there are none.
     */
    private static List<String> firstWords(String sentence, int count) {
        List<String> words = new ArrayList<>();
        Matcher tokens = TOKEN.matcher(sentence);
        while (words.size() < count && tokens.find()) {
            String token = tokens.group();
            List<String> tokenWords = Text.words(token.toLowerCase(Locale.ROOT));
            boolean beforeTheFirstWord = words.isEmpty()
                    && (token.startsWith("@") || tokenWords.size() == 1 && OPENERS.contains(tokenWords.get(0)));
            if (!beforeTheFirstWord) {
                words.addAll(tokenWords);
            }
        }
        while (words.size() < count) {
            words.add("");
        }
        String first = CONTRACTION.matcher(words.get(0)).replaceFirst("");
        words.set(0, UNMARKED_CONTRACTION.matcher(first).replaceFirst("$1"));
        return words;
    }
}
