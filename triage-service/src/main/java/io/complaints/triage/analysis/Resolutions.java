package io.complaints.triage.analysis;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A trouble told and then put right by the company: "our flight was cancelled and the lady at the desk had us on the
 * next one within 20 minutes", "my claim was rejected by mistake, one call and it was paid within the week". Such a
 * post thanks more than it complains, yet its trouble is told in complaint language and the fix in plain words, so it
 * read as a complaint or at best neutral (the resolutions file: 3-class 0.634). A fix told after the trouble is praise
 * language ({@link #fix}), and the complaint language before it counts as before a "but" ({@link Contrast}).
 * <p>
 * No fix where the writer did it ("I sent it back"), where it is only wanted, promised or denied ("please refund me",
 * "said they'd replace it", "never refunded"), quoted in dispute ("the dealer "fixed" it"), or where a grievance
 * follows it: complaint language after it ("replaced it with another broken one"), or "but", "still", "again", "only"
 * ("refunded, but only half").
 */
final class Resolutions {

    static final double FIX_WEIGHT = 0.3;

    /**
     * What undoes a trouble told before it; not "found" ("cold, and I found a hair in it"), "swapped" or "rebooked",
     * which tell a new trouble as often.
     */
    static final Set<String> FIXES = Set.of("fixed", "sorted", "solved", "resolved", "refunded", "replaced",
            "repaired", "restored", "credited", "settled", "reconnected", "unblocked", "unlocked", "unfroze",
            "reactivated", "compensated", "reimbursed", "reinstated", "waived");
    /** What before a fix says it was not done: "not fixed", "supposed to be refunded", "said it was sorted". */
    static final Set<String> FIX_DOUBTS = Set.of("not", "never", "no", "supposed", "should", "promised", "said",
            "says", "would", "will", "meant", "expected", "if", "until", "yet", "still", "apparently", "supposedly",
            "claim", "claimed", "claims", "allegedly", "nobody", "nothing", "cannot", "cant", "wont", "didnt", "hasnt");
    static final int FIX_DOUBT_REACH = 4;
    /**
     * A fix only labelled so: "closed my ticket as resolved", "marked it fixed" ("marked" within two words before it,
     * "as" just before it).
     */
    private static final String MARKED = "marked";
    private static final String LABELLED_AS = "as";
    /** Phrases of a fix ("had us on the next one", "sent a technician"; not "sent me a form", "had me in the car"). */
    private static final List<List<String>> FIX_PHRASES = Stream.of("had us on", "had me on", "had it at", "had it back",
            "had it waiting", "had it sent", "had it fixed", "had it delivered", "had it sorted", "had it repaired",
            "had it replaced", "had a replacement", "moved us to", "moved me to", "moved us into", "moved me into",
            "moved us up", "moved me up", "sent a new", "sent a replacement", "sent a technician", "sent an engineer",
            "sent someone", "posted one", "posted a new", "posted a replacement",
            "found me a", "found me one", "found me another", "found us a", "rang round", "paid within", "paid out",
            "paid in full").map(Text::words).toList();
    /**
     * Before a fix, it is only asked for, partly done, or the writer did it: "please refund", "only refunded one", "I
     * replaced it myself".
     */
    private static final Set<String> ASKED_OR_OWN = Set.of("please", "pls", "need", "needs", "want", "wanted", "can",
            "could", "get", "be", "i", "we", "i've", "we've", "i'd", "we'd", "only", "partly", "partially", "half");
    /** After the fix, a grievance goes on: "refunded, but only half", "got replaced and now every autopay failed". */
    private static final Set<String> GOES_ON = Set.of("but", "still", "again", "only", "except", "however", "yet",
            "although", "though", "wrong", "now", "reversed");
    /** "credited with the theme tune": a name given, not money. */
    private static final Set<String> CREDITED_AS = Set.of("with", "w", "as");
    /** Within this many words after the fix, a negation undoes it: "sent an engineer who didn't have the part". */
    private static final int UNDONE_AFTER = 4;
    private static final int DOUBT_REACH = 5;
    /**
     * A narrative (a complaint form's) tells many steps, and a fix in it is seldom the end of the story: on the CFPB
     * narratives, reading fixes in them took the share read negative from 0.798 to 0.790.
     */
    static final int MAX_WORDS = 60;

    private Resolutions() {
    }

    /**
     * Praise language for a fix the text tells with no grievance after it, its first two words as the cue: "they
     * refunded every penny after one phone call", and after a trouble, "our flight was cancelled and the lady at the
     * desk had us on the next one".
     */
    static Optional<Cue> fix(Text text, List<Cue> complaintLanguage) {
        List<String> words = text.words();
        if (words.size() > MAX_WORDS) {
            return Optional.empty();
        }
        int lastTrouble = complaintLanguage.stream().mapToInt(cue -> wordIndex(words, cue.cue())).max().orElse(-1);
        for (int i = 0; i < words.size(); i++) {
            if (isFix(words, i) && !doubted(words, i) && !QuotedClaims.disputes(complaintLanguage, words.get(i))) {
                if (i < lastTrouble || words.subList(i + 1, words.size()).stream().anyMatch(GOES_ON::contains)) {
                    return Optional.empty();
                }
                String said = String.join(" ", words.subList(i, Math.min(words.size(), i + 2)));
                return Optional.of(new Cue(said, TriageAnalyzer.PRAISE_LANGUAGE_RULE, FIX_WEIGHT));
            }
        }
        return Optional.empty();
    }

    /** The complaint language of a trouble put right, weighed as before a "but" ({@link Contrast#BEFORE_BUT}). */
    static List<Cue> troublesPutRight(List<Cue> complaintLanguage) {
        return complaintLanguage.stream()
                .map(cue -> new Cue(cue.cue(), cue.rule(), Cue.round(cue.weight() * Contrast.BEFORE_BUT)))
                .toList();
    }

    /** Whether a fix ({@link #FIXES} or a phrase of one) is told at word {@code i}. */
    static boolean isFix(List<String> words, int i) {
        return FIXES.contains(words.get(i)) || FIX_PHRASES.stream()
                .anyMatch(phrase -> i + phrase.size() <= words.size() && words.subList(i, i + phrase.size()).equals(phrase));
    }

    private static boolean doubted(List<String> words, int fix) {
        for (int j = Math.max(0, fix - DOUBT_REACH); j < fix; j++) {
            String word = words.get(j);
            if (FIX_DOUBTS.contains(word) || word.contains("n't") || ASKED_OR_OWN.contains(word) && j >= fix - 2
                    || word.equals(MARKED) && j >= fix - 2 || word.equals(LABELLED_AS) && j == fix - 1) {
                return true;
            }
        }
        for (int j = fix + 1; j < Math.min(words.size(), fix + 1 + UNDONE_AFTER); j++) {
            if (words.get(j).contains("n't") || words.get(j).equals("not") || words.get(j).equals("never")) {
                return true;
            }
        }
        String next = fix + 1 < words.size() ? words.get(fix + 1) : "";
        return words.get(fix).equals("replaced") && isSubstitution(words, fix)
                || words.get(fix).equals("credited") && CREDITED_AS.contains(next);
    }

    /**
     * A thing put in the place of what was ordered: "replaced the organic strawberries with a bag of onions" (not
     * "replaced it with a new one").
     */
    private static boolean isSubstitution(List<String> words, int fix) {
        for (int j = fix + 1; j < Math.min(words.size(), fix + 1 + DOUBT_REACH); j++) {
            if (words.get(j).equals("with")) {
                List<String> after = words.subList(j + 1, Math.min(words.size(), j + 4));
                return !after.contains("new") && !after.contains("brand");
            }
        }
        return false;
    }

    /** Where the phrase's words first occur among the words, or -1. */
    private static int wordIndex(List<String> words, String phrase) {
        List<String> phraseWords = Text.words(phrase);
        return phraseWords.isEmpty() ? -1 : Collections.indexOfSubList(words, phraseWords);
    }
}
