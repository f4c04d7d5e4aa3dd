package io.complaints.triage.analysis;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a text only tells what the writer is doing or about to do: "switching over to the new router tonight",
 * "trying the veggie box this week for a change", "heading to edinburgh for the festival this weekend", or a step of
 * the conversation with support ("DM sent"). Social
 * listening sends such chatter with the complaints; it judges nothing, and the classifiers, which learned from
 * reviews, read it as mildly negative (the sentence model's p(positive) 0.2-0.4).
 */
final class Plans {

    /** What may stand before the verb: "just", "I'm", "finally". */
    private static final Set<String> OPENERS = Set.of("just", "i'm", "im", "we're", "were", "finally", "currently", "now",
            "officially", "busy", "so", "off", "am", "i", "we", "are");
    /**
     * Verbs in -ing that tell a trouble rather than a plan ("waiting for my refund", "trying to get through", "still
     * sitting on the tarmac").
     */
    private static final Set<String> TROUBLE = Set.of("waiting", "sitting", "standing", "queuing", "queueing",
            "paying", "getting", "chasing", "struggling", "dealing", "having", "being", "losing", "missing",
            "calling", "ringing", "phoning", "emailing", "writing", "complaining", "reporting", "asking", "begging",
            "going", "starting", "hanging", "holding", "spending", "wasting", "looking",
            "searching", "expecting", "hoping", "wondering", "considering", "thinking", "leaving", "cancelling",
            "canceling");
    /** Verbs in -ing that tell a trouble before "to" ("trying to get through"), and a plan otherwise ("trying the new latte"). */
    private static final Set<String> TROUBLE_BEFORE_TO = Set.of("trying");
    private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "nothing", "nobody", "none", "cannot",
            "without", "still", "again", "yet", "dont", "cant", "wont", "isnt", "didnt", "doesnt", "wasnt", "arent",
            "havent", "hasnt", "couldnt", "wouldnt", "shouldnt", "aint");

    /** A time now or ahead, which a plan names: "tonight", "this weekend", "next week", "on monday". */
    private static final Set<String> TIME_AHEAD = Set.of("today", "tonight", "tomorrow", "now", "soon", "later",
            "weekend", "next", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
    /** Words in -ing that are no verb of the writer's: "Everything was cold", "Morning all", "Interesting choice". */
    private static final Set<String> NOT_VERBS = Set.of("everything", "nothing", "something", "anything", "morning",
            "evening", "during", "according", "interesting", "amazing", "boring", "disappointing", "exciting", "annoying",
            "frustrating", "shocking", "appalling", "disgusting", "infuriating", "outstanding", "stunning", "fucking",
            "freaking", "fuming", "feeling", "pricing", "billing", "booking", "rating", "building", "wedding", "clothing",
            "spring", "thing", "things", "string", "ceiling", "ending", "sibling");
    /** After a noun in -ing its verb: "tracking number is QS448812", "packaging is all recyclable now". */
    private static final Set<String> VERB_AFTER_A_NOUN = Set.of("is", "was", "are", "were", "has", "had", "number", "reference");

    /**
     * A step of the conversation with a company's support ("DM'd you my confirmation number", "please follow back so I
     * can DM you", "DM sent"): no opinion either, which the classifiers read as mildly pleased (+0.13 to +0.18).
     */
    private static final Set<String> MESSAGING = Set.of("dm", "dm'd", "dmd", "dmed", "dm'ed", "dms", "pm'd", "inboxed");
    private static final List<List<String>> FOLLOWING = List.of(List.of("follow", "back"), List.of("followed", "you"));
    private static final int MESSAGING_STEP_WORDS = 12;
    /** A step told with how long or how often it went unanswered is a grievance: "DM sent 3 days ago", "DM'd twice". */
    private static final Set<String> UNANSWERED = Set.of("ago", "twice", "times", "since", "hours", "days", "weeks");

    /** A post's length at most (a tweet's 280 characters): a letter or a narrative tells more than plans. */
    private static final int POST_LENGTH = 280;
    private static final Pattern MENTIONS = Pattern.compile("(^|\\s)[@#]\\S+");

    private Plans() {
    }

    /**
     * A post (at most {@value #POST_LENGTH} characters) whose first word after any @mentions and openers is a verb
     * in -ing that tells no trouble; it names a time now or ahead, and no word of it negates or says something has
     * gone on too long. Or a post of at most {@value #MESSAGING_STEP_WORDS} words that tells a step of the conversation
     * with support ({@link #MESSAGING}), and nothing negated or unanswered.
     */
    static boolean onlyTold(String original) {
        if (original.length() > POST_LENGTH) {
            return false;
        }
        List<String> words = Text.words(MENTIONS.matcher(original.toLowerCase(Locale.ROOT)).replaceAll(" "));
        if (isMessagingStep(words)) {
            return words.stream().noneMatch(word -> NEGATIONS.contains(word) || word.endsWith("n't") || UNANSWERED.contains(word));
        }
        int first = 0;
        while (first < words.size() && OPENERS.contains(words.get(first))) {
            first++;
        }
        if (first >= words.size()) {
            return false;
        }
        String verb = words.get(first);
        String next = first + 1 < words.size() ? words.get(first + 1) : "";
        if (verb.length() < 5 || !verb.endsWith("ing") || TROUBLE.contains(verb) || NOT_VERBS.contains(verb)
                || TROUBLE_BEFORE_TO.contains(verb) && (next.equals("to") || next.isEmpty()) || VERB_AFTER_A_NOUN.contains(next)) {
            return false;
        }
        return words.stream().anyMatch(TIME_AHEAD::contains)
                && words.stream().noneMatch(word -> NEGATIONS.contains(word) || word.endsWith("n't"));
    }

    private static boolean isMessagingStep(List<String> words) {
        return words.size() <= MESSAGING_STEP_WORDS && (words.stream().anyMatch(MESSAGING::contains)
                || FOLLOWING.stream().anyMatch(phrase -> Collections.indexOfSubList(words, phrase) >= 0));
    }
}
