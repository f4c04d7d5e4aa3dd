package io.complaints.triage.analysis;

import com.vader.sentiment.util.Utils;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * VADER (Hutto & Gilbert, ICWSM 2014) over the lexicon, booster words, negations and idioms of
 * {@code com.github.apanimesh061:vader-sentiment-analyzer}, with the rules of the reference implementation
 * (vaderSentiment 3.3) in one allocation-light pass. The library itself tokenizes every text with two Lucene
 * tokenizers (about 8,000 texts/s here) and cannot say which words moved the score; this does both, and
 * VaderSentimentTest holds it to the library's scores.
 */
public final class VaderSentiment {

    private static final double BOOST = 0.293;
    private static final double CAPS_BOOST = 0.733;
    private static final double NEGATION_SCALAR = -0.74;
    private static final double EXCLAMATION_BOOST = 0.292;
    private static final int MAX_EXCLAMATIONS = 4;
    private static final double QUESTION_BOOST = 0.18;
    private static final double MAX_QUESTION_BOOST = 0.96;
    private static final double NORMALIZATION_ALPHA = 15;
    /** Python's string.punctuation, as VADER strips it, and the curly quotes phones type ("\u201Cgreat\u201D" is "great"). */
    private static final String PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~\u2018\u2019\u201C\u201D";

    private static final int NEGATED = 1;
    private static final int BOOSTED = 2;
    private static final int CAPITALS = 4;
    private static final int BUT_BEFORE = 8;
    private static final int BUT_AFTER = 16;
    private static final int IDIOM = 32;
    private static final int LEAST = 64;
    private static final int SARCASM = 128;
    private static final int BEFORE_FIX = 256;

    private static final String ADDITIONS = "/triage/vader-additions.tsv";
    /** Who "the best ... can" do is said of, belittling it: "the best you can offer is a voucher". */
    private static final Set<String> OFFERING = Set.of("you", "they", "we", "he", "she");
    private static final Set<String> WANTING = Set.of("would", "i'd", "we'd", "you'd");
    /** Help asked for is not help given: "need help with a reservation" (VADER's "help" +1.7 read it as pleased). */
    private static final Set<String> NEEDING = Set.of("need", "needs", "needed", "needing");
    private static final Set<String> ASKING_TO_HELP = Set.of("can", "could", "would", "will", "pls", "please");
    private static final Set<String> ASKED_TO_HELP = Set.of("you", "u", "someone", "somebody", "anyone", "anybody");
    /**
     * "honestly", "promised": in a complaint they say how plainly a grievance is meant, and what was broken; "PO" is
     * a PO box or a purchase order, not VADER's slang for "pissed off" (-2.6). "geek" names the helper ("geek
     * squad"), not a slight.
     */
    private static final Set<String> NO_VALENCE_IN_COMPLAINTS = Set.of("honestly", "promise", "promised", "promises", "po",
            "geek", "geeks");
    private static final Set<String> PROBLEMS = Set.of("problem", "problems", "error", "errors", "fault", "mistake",
            "mistakes", "trouble", "troubles");
    private static final Set<String> SOLVED = Set.of("solved", "resolved", "fixed", "sorted", "corrected", "gone");
    private static final Set<String> UNSOLVED = Set.of("still", "no", "nobody", "yet");
    /** What undoes a harm named right after it: "fixed the leak", "replaced the faulty blender". */
    private static final Set<String> UNDOING = Set.of("fixed", "repaired", "replaced", "sorted", "resolved", "solved",
            "refunded", "cleared", "removed", "cleaned", "stopped", "corrected", "reversed", "swapped", "exchanged",
            "mended");
    /**
     * What catches a fraud before it does harm ("spotted a fraudulent payment", "blocked the dodgy transaction"); of
     * other harms these say nothing ("caught food poisoning", "the app froze and I lost all my work").
     */
    private static final Set<String> CATCHING = Set.of("spotted", "caught", "flagged", "blocked", "froze", "prevented",
            "detected");
    private static final Set<String> FRAUDS = Set.of("fraud", "fraudulent", "fraudster", "fraudsters", "scam", "scams",
            "scammer", "scammers", "dodgy", "suspicious", "weird", "unauthorized", "unauthorised", "stolen", "hacked");
    /** Before a verb of undoing, what says it was not done: "never fixed the leak", "please replace the broken one". */
    private static final Set<String> UNDONE = Set.of("not", "never", "didn't", "didnt", "hasn't", "hasnt", "haven't",
            "havent", "wasn't", "weren't", "won't", "still", "to", "should", "would", "will", "supposed", "promised",
            "please", "can", "could", "need", "needs", "if", "yet");
    private static final int UNDOING_REACH = 3;
    /**
     * After "no", what makes it play a matter down ("no big deal", "no rush") or say that nothing went wrong ("claim
     * paid, no fuss", "returned with no questions asked") rather than say something is missing.
     */
    private static final List<List<String>> DOWNPLAYED = List.of(List.of("big", "deal"), List.of("biggie"), List.of("rush"),
            List.of("hurry"), List.of("harm", "done"), List.of("fuss"), List.of("hassle"), List.of("quibble"),
            List.of("quibbles"), List.of("faff"), List.of("drama"), List.of("bother"), List.of("questions", "asked"));
    /** After "no" and a word or two, that the customer was spared it: "no receipt needed", "no appointment required". */
    private static final Set<String> NOT_ASKED_OF = Set.of("needed", "required", "necessary");
    /** What a "cut off" before it names: "the cut off time for transfers". */
    private static final Set<String> DEADLINES = Set.of("time", "times", "date", "dates", "point", "day");
    /**
     * What is late by choice, not by a failure ("late" is one of complaint VADER's additions): "a late checkout", "a
     * late show"; and what is kept late: "open late", "stay late".
     */
    private static final Set<String> CHOSEN_LATE = Set.of("checkout", "check", "night", "nights", "lunch", "dinner",
            "breakfast", "opening", "show");
    /** What "help" names before it: "the help page just loops back to the login" read +0.22. */
    private static final Set<String> HELP_THINGS = Set.of("page", "pages", "desk", "centre", "center", "section",
            "button", "article", "articles", "menu", "screen", "forum", "line", "lines", "site", "chat", "bot");
    /** What "smart" names before it: "smart meter stopped sending readings" read -0.09. */
    private static final Set<String> SMART_THINGS = Set.of("meter", "meters", "phone", "phones", "tv", "tvs", "watch",
            "card", "home", "speaker", "speakers", "plug", "plugs", "thermostat", "lock", "doorbell");
    /** What "flu" names before it: "can I get the flu jab without an appointment" read -0.28. */
    private static final Set<String> FLU_CARE = Set.of("jab", "jabs", "shot", "shots", "vaccine", "vaccines",
            "vaccination", "vaccinations", "clinic", "clinics", "tablets", "remedies");
    /** What "fraud" names before it: "your fraud team caught a dodgy payment" read as a fraud told. */
    private static final Set<String> FRAUD_GUARDS = Set.of("team", "teams", "department", "dept", "squad", "protection",
            "prevention", "line", "unit", "detection", "monitoring");
    /** Before "stop", what makes it a place on a route: "can I add a stop", "the next stop", "the bus stop". */
    private static final Set<String> ROUTE_STOP = Set.of("a", "an", "another", "extra", "next", "last", "first", "bus",
            "tram", "one", "second", "each", "every", "pit", "rest", "final", "nearest");
    /** Whom "treat" handles, as a verb: "you treat me like garbage". */
    private static final Set<String> TREATED = Set.of("me", "us", "him", "her", "them", "customers", "people", "your",
            "their", "our", "staff", "everyone");
    /** A word or two before it, these make "like" compare how one was treated: "treated us like cattle". */
    private static final Set<String> TREATING = Set.of("treat", "treats", "treated", "treating");
    /** What the customer pays, whose increase pleases nobody: "another price increase". */
    private static final Set<String> PAID = Set.of("price", "prices", "bill", "bills", "fee", "fees", "rent", "premium",
            "premiums", "tariff", "rate", "rates", "cost", "costs", "fare", "fares", "subscription");
    /** "to MIA", "at MIA": Miami's airport, not VADER's "missing in action" (-1.2; "my parcel went MIA" keeps it). */
    private static final Set<String> PLACE_BEFORE = Set.of("to", "at", "from", "in", "into", "via", "out", "of");
    /** "the entertainment system didn't work the whole way" read -0.04: a thing's name, not an entertainment. */
    private static final Set<String> SCREENS = Set.of("system", "systems", "screen", "screens", "unit", "units");
    /** Before "do better", who tells of doing better rather than orders it: "hope I do better on my test". */
    private static final Set<String> DOING_BETTER = Set.of("to", "i", "we", "you", "they", "he", "she", "i'll", "we'll");
    /**
     * "when does the new season drop": a release asked about, within this many words after "when": "when does the next
     * game pass wave drop?" is seven words on.
     */
    private static final int RELEASE_ASKED_WITHIN = 8;
    private static final Set<String> ASKING_WHEN = Set.of("does", "do", "will", "is", "are");
    /** "drop the car off", "drop it off": handing over, not a fall. */
    private static final Set<String> OFF = Set.of("off");
    private static final Set<String> RELEASES = Set.of("new", "latest", "next");
    private static final Set<String> KEPT_LATE = Set.of("open", "opens", "stay", "stays", "stayed", "staying", "worked",
            "working");
    /** After "no" or a word later, a cost the customer was spared: "no change fees", "no extra charge". */
    private static final Set<String> COSTS = Set.of("fee", "fees", "charge", "charges", "cost", "costs");
    /** Comparatives of the words VADER rates, which "couldn't be ..." puts beyond compare (see {@link #isBeyondCompare}). */
    private static final Set<String> COMPARATIVES = Set.of("better", "worse", "easier", "happier", "nicer", "kinder",
            "friendlier", "smoother", "sweeter", "lovelier", "greater", "simpler", "quicker", "faster");
    private static final Set<String> BECOMING = Set.of("be", "been", "get");
    private static final Set<String> CANNOT = Set.of("couldn't", "couldnt", "can't", "cant", "cannot", "wouldn't");
    private static final Set<String> ABLE = Set.of("could", "can", "would");
    /** Verbs of praising that a negation with "enough" after them intensifies: "can't thank you enough". */
    /** Adverbs VADER rates negative that also say how much of a good thing ({@link #isIntensifier}). */
    private static final Set<String> INTENSIFYING = Set.of("seriously", "dangerously", "ridiculously", "stupidly",
            "wickedly", "frighteningly", "outrageously", "crazy", "madly", "scary", "scarily");
    /** How pleased VADER rates the word after an intensifying adverb ("good" 1.9; not "number" 0.3, "want"). */
    private static final float INTENSIFIED_PRAISE = 1.0f;
    private static final Set<String> PRAISING = Set.of("thank", "recommend", "praise", "appreciate");
    /** Quotation marks that open or close a quotation (an apostrophe inside a word, "don't", does neither). */
    private static final String QUOTES = "\"'\u2018\u2019\u201C\u201D";
    /**
     * The words that open what a text that only asks supposes ({@link #supposed}), beside "in case": "can I change my
     * email without losing my order history?" fears no loss that happened.
     */
    private static final Set<String> SUPPOSING = Set.of("if", "whether", "cover", "covers", "without");
    /** How many words a quotation around a word of praise may hold and still be a sneer: your "customer support". */
    private static final int SCARE_QUOTE_WORDS = 3;
    /** Words of praise that, standing alone as a clause after a grievance ("... got a cappuccino. wonderful"), mock it. */
    private static final Set<String> PRAISE_INTERJECTIONS = Set.of("great", "wonderful", "brilliant", "fantastic", "lovely",
            "perfect", "awesome", "amazing", "excellent", "superb", "marvellous", "marvelous", "terrific", "splendid",
            "fabulous", "nice", "super", "outstanding", "impressive", "incredible", "love", "loving", "cool", "surprise",
            "unbelievable");
    /**
     * What may stand in an interjection's clause beside the word of praise: "oh great", "just perfect", "nice one",
     * "great job", "well done", "what a surprise".
     */
    private static final Set<String> INTERJECTION_FILLERS = Set.of("oh", "just", "how", "so", "really", "well", "yeah",
            "absolutely", "simply", "truly", "one", "it", "that", "this", "is", "thanks", "job", "work", "guys", "team",
            "done", "what", "a");
    /** Praise said to be as it always is, which beside a grievance mocks: "great customer service as always". */
    private static final List<List<String>> AS_EVER = List.of(List.of("as", "always"), List.of("as", "usual"),
            List.of("as", "ever"));
    /** How many words "as always" may come after the praise it mocks. */
    private static final int AS_EVER_REACH = 4;
    /**
     * The words that thank: here they may open a clause of praise ("thanks for the great service", "cheers for the
     * lovely delay"), and {@link Questions} lets a sentence of them close a question.
     */
    static final Set<String> THANKING = Set.of("thanks", "thank", "thx", "thnx", "ty", "cheers");
    /** Liking said of what one suffers: "love waiting on hold", "love how you ...", "enjoying being ignored". */
    private static final Set<String> LIKING = Set.of("love", "loving", "loved", "enjoy", "enjoying", "enjoyed", "adore");
    private static final Set<String> SUFFERED = Set.of("how", "when", "waiting", "queuing", "queueing", "being",
            "getting", "paying", "sitting", "standing", "dealing", "chasing", "spending", "explaining", "repeating");
    /**
     * A trouble thanked for, which only mockery thanks: "thanks for the third outage this week", "thanks @AcmeAir for
     * losing my bag" (not "thanks for fixing the outage", "thanks for the update on the delay").
     */
    private static final Set<String> TROUBLES_THANKED = Set.of("outage", "outages", "delay", "delays", "downtime",
            "runaround", "nothing", "losing", "ignoring", "wasting", "ruining", "overcharging", "breaking", "ghosting",
            "stranding", "misleading", "disconnecting");
    /** Words of help, which thanks for them are meant: "thanks for finding my lost bag", "thanks for the help". */
    private static final Set<String> HELPING = Set.of("help", "helping", "finding", "found", "fixing", "sorting",
            "getting", "looking", "update", "updates", "updating", "reply", "replying", "response", "responding", "answer",
            "answering", "patience", "understanding", "support", "info", "information", "heads", "warning", "letting",
            "checking", "explaining", "rebooking", "refunding", "replacing", "resolving", "dealing", "handling", "sorry",
            "apology", "apologising", "apologizing", "compensation", "voucher", "care", "kindness", "concern", "waiving",
            "pausing", "extending", "covering", "accommodating", "freezing", "blocking");
    /** Where the clause thanked for ends and the hard time it was done in begins: "after my father's funeral". */
    private static final Set<String> CIRCUMSTANCE = Set.of("after", "while", "when", "during", "since", "because", "as");
    /** Between "thanks for" and the trouble thanked: "the", "another", "3 hour", "third", "2-hour". */
    private static final Set<String> BEFORE_TROUBLE = Set.of("the", "a", "an", "another", "yet", "my", "our", "this",
            "that", "these", "those", "all", "second", "third", "fourth", "fifth", "hour", "hours", "day", "days", "week",
            "weeks", "minute", "minutes", "daily", "weekly", "constant", "endless", "usual", "latest", "same", "two",
            "three", "four", "five", "six");
    private static final Pattern COUNT_WORD = Pattern.compile("\\d+(st|nd|rd|th|h|hr|-hour|-day|-minute)?");

    private final Map<String, Float> lexicon;
    private final Map<String, Float> boosters;
    private final Map<String, Float> idioms;
    private final Set<String> negations;
    private final boolean forComplaints;

    /** VADER as published. */
    public VaderSentiment() {
        this(false);
    }

    private VaderSentiment(boolean forComplaints) {
        this.lexicon = forComplaints ? withAdditions(Utils.getWordValenceDictionary()) : Utils.getWordValenceDictionary();
        this.boosters = Utils.getBoosterDictionary();
        this.idioms = Utils.getSentimentLadenIdioms();
        this.negations = forComplaints ? withNobody(Utils.NEGATIVE_WORDS) : Utils.NEGATIVE_WORDS;
        this.forComplaints = forComplaints;
    }

    /**
     * VADER's negations and "nobody", which VADER lacks (its "no one" negates by the "no"): "nobody cares", "nobody
     * helped me" read as pleased.
     */
    private static Set<String> withNobody(Set<String> negations) {
        Set<String> withNobody = new HashSet<>(negations);
        withNobody.add("nobody");
        return Set.copyOf(withNobody);
    }

    /**
     * VADER for what customers write: "please" and the "like" of "I would like" carry no sentiment. VADER rates
     * them positive (+1.3 and +1.5 of its 4), which reads a request, and a complaint that asks for a fix, as
     * pleased: "@ShopCo please send me the link to your returns policy" scored +0.32. Nor does laughing <em>at</em>
     * someone: "The agent was rude, laughed at me and hung up" had +1.0 for "laughed". Nor "honestly", which in a
     * complaint says how plainly a grievance is meant, not that anything was good: "I expected so much more from
     * you, honestly." scored +0.32. Nor a promise, which a complaint mentions to say it was broken: "parcel 7
     * arrived two days later than promised" scored +0.38 for VADER's +1.5 for "promised". Nor a problem said to be
     * solved: "Quick response, problem solved. Thank you!" scored +0.29 for VADER's -1.7 for "problem", +0.60
     * without it. Nor praise in quotation marks, as a post quotes what the company calls it to sneer at it (your
     * "support" chat bot): where the text tells a grievance it reads as mockery, elsewhere it counts nothing. And it
     * knows words of goods and service that VADER's lexicon lacks ("comfy", "flimsy", "buggy"; {@value #ADDITIONS}).
     */
    public static VaderSentiment forComplaints() {
        return new VaderSentiment(true);
    }

    /** VADER's lexicon and the words of goods and service it lacks ({@value #ADDITIONS}). */
    private static Map<String, Float> withAdditions(Map<String, Float> lexicon) {
        Map<String, Float> extended = new HashMap<>(lexicon);
        try (InputStream in = VaderSentiment.class.getResourceAsStream(ADDITIONS)) {
            if (in == null) {
                throw new IllegalStateException(ADDITIONS + " is missing");
            }
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t"))
                    .forEach(fields -> extended.put(fields[0], Float.parseFloat(fields[1])));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableMap(extended);
    }

    /** How a cue's rule says the word was read as mockery (see {@link #forComplaints}). */
    private static final String MOCKERY_MARK = "+sarcasm";

    /** Whether the cue is a word of praise read as mockery of a grievance. */
    public static boolean isMockery(Cue cue) {
        return cue.rule().endsWith(MOCKERY_MARK);
    }

    /** compound in [-1, 1]; positive, negative and neutral are the proportions of the text. */
    public record Score(double compound, double positive, double negative, double neutral, List<Cue> cues) {
    }

    public Score score(String text) {
        return analyze(text, false, false);
    }

    /**
     * {@code grievanceTold}: the text tells something that went wrong in words VADER does not know ("on hold for 50
     * minutes"); for complaints, praise said of it is read as mockery (see {@link #forComplaints}).
     */
    public Score score(String text, boolean grievanceTold) {
        return analyze(text, false, grievanceTold);
    }

    /** As {@link #score} but also lists each word that carried sentiment, with the rules that shaped it. */
    public Score explain(String text) {
        return analyze(text, true, false);
    }

    public Score explain(String text, boolean grievanceTold) {
        return analyze(text, true, grievanceTold);
    }

    private Score analyze(String text, boolean explain, boolean grievanceTold) {
        String[] tokens = tokens(text);
        String[] words = stripped(tokens);
        int n = words.length;
        String[] lower = new String[n];
        for (int i = 0; i < n; i++) {
            lower[i] = words[i].toLowerCase(Locale.ROOT);
        }
        boolean capsDifferential = capsDifferential(words);
        int[] clauses = forComplaints ? clauses(tokens) : null;
        boolean[] supposed = forComplaints ? supposed(text, lower, clauses) : null;
        double[] sentiments = new double[n];
        int[] rules = explain ? new int[n] : null;

        for (int i = 0; i < n; i++) {
            if (boosters.containsKey(lower[i])) {
                continue;
            }
            if (i < n - 1 && lower[i].equals("kind") && lower[i + 1].equals("of")) {
                continue;
            }
            if (forComplaints && (isRequestWord(lower, i) || isMockery(lower, i) || NO_VALENCE_IN_COMPLAINTS.contains(lower[i])
                    || isSolvedProblem(lower, i) || isDownplaying(lower, i) || isNumberSign(lower, i) || isHedge(lower, i)
                    || isPartOfName(lower, i) || isOtherSense(lower, i) || isIntensifier(tokens, lower, i)
                    || isUndone(lower, i, clauses)
                    || tokens[i].startsWith("@")
                    || supposed != null && supposed[i] || lower[i].equals("fire") && FireSlang.praise(text).isPresent())) {
                continue;
            }
            sentiments[i] = valence(words, lower, i, capsDifferential, clauses, rules);
        }
        if (forComplaints) {
            sarcasmCheck(tokens, lower, sentiments, rules, grievanceTold);
        }
        butCheck(lower, sentiments, rules);
        if (forComplaints) {
            fixCheck(lower, sentiments, clauses, rules);
        }
        return scoreValence(text, words, sentiments, rules);
    }

    /**
     * In a text that only asks ({@link Questions#onlyAsks}), the words of a condition or of what a cover is asked
     * about: the trouble is supposed, not told ("do you refund the split tickets if the first train is late?", "if my
     * flight is cancelled do I get put on the next one", "could you tell me whether my policy covers accidental
     * damage?"). A condition runs from "if", "whether", "in case" or "cover(s)" to the end of its clause or the
     * question after it; null where there is none.
     */
    private static boolean[] supposed(String text, String[] lower, int[] clauses) {
        boolean[] supposed = null;
        for (int i = 0; i < lower.length - 1; i++) {
            if (!(SUPPOSING.contains(lower[i]) || lower[i].equals("case") && i > 0 && lower[i - 1].equals("in"))) {
                continue;
            }
            if (supposed == null) {
                if (!Questions.onlyAsks(text)) {
                    return null;
                }
                supposed = new boolean[lower.length];
            }
            for (int j = i + 1; j < lower.length && clauses[j] == clauses[i] && !Questions.asksFrom(lower, j); j++) {
                supposed[j] = true;
            }
        }
        return supposed;
    }

    private static boolean isRequestWord(String[] lower, int i) {
        return lower[i].equals("please") || lower[i].equals("like") && i > 0 && WANTING.contains(lower[i - 1])
                || isHelpAskedFor(lower, i);
    }

    /**
     * "need help", "need some help": one or two words after a word of needing; "can you help", "could someone help",
     * "please help".
     */
    private static boolean isHelpAskedFor(String[] lower, int i) {
        return lower[i].equals("help") && (anyOf(NEEDING, lower, i - 2, i - 1)
                || i > 1 && ASKED_TO_HELP.contains(lower[i - 1]) && ASKING_TO_HELP.contains(lower[i - 2])
                || i > 0 && lower[i - 1].equals("please"));
    }

    /** Whether a word at {@code first} to {@code last} (both included, within the text) is one of {@code words}. */
    private static boolean anyOf(Set<String> words, String[] lower, int first, int last) {
        for (int j = Math.max(0, first); j <= Math.min(last, lower.length - 1); j++) {
            if (words.contains(lower[j])) {
                return true;
            }
        }
        return false;
    }

    /**
     * "No big deal", "no rush", "no receipt needed", "no change fees": VADER's "no" (-1.2) counts where no word of its
     * lexicon follows, so a customer who says a matter is small, or that they were spared a chore or a cost, read as
     * more negative ("My parcel came a day late, no big deal, just so you know." -0.86).
     */
    private static boolean isDownplaying(String[] lower, int i) {
        if (!lower[i].equals("no")) {
            return false;
        }
        // what was not asked of the customer: "no receipt needed", "no appointment necessary", "no change fees"
        if (anyOf(NOT_ASKED_OF, lower, i + 2, i + 3) || anyOf(COSTS, lower, i + 1, i + 2)) {
            return true;
        }
        for (List<String> phrase : DOWNPLAYED) {
            if (i + phrase.size() < lower.length && Arrays.asList(lower).subList(i + 1, i + 1 + phrase.size()).equals(phrase)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Words in a phrase that names a speed, a place or a time, not a loss or a failure: "in no time" (VADER's "no"
     * read "fixed my router settings in no time" as negative), "lost property", "lost and found" ("please DM me the
     * address for sending a lost property form" read -0.27 and a complaint), "cut off time" ("what's the cut off time
     * for same day transfers" read -0.18), a late hour chosen ("can we get a late checkout on Sunday?", "is the store
     * open late on Thursdays", "stayed late to get my data off the old laptop"), a place or means of help ("the help
     * page just loops back to the login" read +0.22), a drop-off ("is it possible to drop the car off at a different
     * airport" read -0.26), a release asked about or announced ("when does the new season drop" read -0.16, "new drop
     * this friday at 10am" -0.10), care for an illness
     * ("flu jab"), an airport ("to MIA"), a seat-back screen ("entertainment system"), a bank's guard against fraud
     * ("the fraud team"), a place on a route ("can I add a stop", "the next stop"; not "put a stop to").
     */
    private static boolean isPartOfName(String[] lower, int i) {
        String before = i > 0 ? lower[i - 1] : "";
        String next = i + 1 < lower.length ? lower[i + 1] : "";
        String afterNext = i + 2 < lower.length ? lower[i + 2] : "";
        return switch (lower[i]) {
            case "no" -> before.equals("in") && next.equals("time");
            case "lost" -> next.equals("property") || next.equals("and") && afterNext.equals("found");
            case "cut" -> next.equals("off") && (DEADLINES.contains(afterNext) || before.equals("the"));
            case "late" -> CHOSEN_LATE.contains(next) || KEPT_LATE.contains(before);
            case "help" -> HELP_THINGS.contains(next);
            case "drop" -> anyOf(OFF, lower, i + 1, i + 3) || isReleaseAskedAbout(lower, i) || RELEASES.contains(before);
            case "smart" -> SMART_THINGS.contains(next);
            case "flu" -> FLU_CARE.contains(next);
            case "mia" -> PLACE_BEFORE.contains(before);
            case "entertainment" -> SCREENS.contains(next);
            case "fraud" -> FRAUD_GUARDS.contains(next);
            case "stop", "stops" -> ROUTE_STOP.contains(before) && !next.equals("to");
            default -> false;
        };
    }

    /**
     * A word in another sense than the one VADER rates: the disbelief of "are you kidding me" ("kidding" +0.4 read "are
     * you KIDDING me? another price increase?" +0.21), "treat" as a verb and the "like" that compares how one was
     * treated ("you treat me like garbage", +1.7 and +1.5; not "looks like", which raters of tweets read as mildly
     * pleased), a price's increase (+1.3), "do better" said as an order (+1.9 read "you can't get the milk right 3
     * orders in a row. do better" neutral).
     */
    private static boolean isOtherSense(String[] lower, int i) {
        String before = i > 0 ? lower[i - 1] : "";
        String next = i + 1 < lower.length ? lower[i + 1] : "";
        return switch (lower[i]) {
            case "kidding" -> before.equals("you") || before.equals("u") || before.equals("be") || next.equals("me");
            case "treat" -> TREATED.contains(next);
            case "like" -> anyOf(TREATING, lower, i - 2, i - 1);
            case "increase", "increased", "increases" -> PAID.contains(before);
            case "better" -> before.equals("do") && (i < 2 || !DOING_BETTER.contains(lower[i - 2]));
            default -> false;
        };
    }

    /**
     * An adverb VADER rates negative before a word it rates pleased says how much ("seriously grateful", "dangerously
     * good", "ridiculously comfy"), not that anything is wrong: "seriously" (-0.7) against "grateful" read "caught a
     * drug interaction my doctor missed. seriously grateful" neutral, "dangerously" (-2.0) against "good" read "the
     * oat milk brown sugar thing is dangerously good" negative.
     */
    private boolean isIntensifier(String[] tokens, String[] lower, int i) {
        Float next = INTENSIFYING.contains(lower[i]) && i + 1 < lower.length && !endsClause(tokens[i])
                ? lexicon.get(lower[i + 1]) : null;
        return next != null && next >= INTENSIFIED_PRAISE;
    }

    private static boolean isReleaseAskedAbout(String[] lower, int i) {
        for (int j = Math.max(0, i - RELEASE_ASKED_WITHIN); j < i - 1; j++) {
            if (lower[j].equals("when") && ASKING_WHEN.contains(lower[j + 1])) {
                return true;
            }
        }
        return false;
    }

    /** "No 12", "no. 4": a number, not a "no" (-1.2): "please leave it with my neighbour at no 12" read -0.29. */
    private static boolean isNumberSign(String[] lower, int i) {
        return lower[i].equals("no") && i + 1 < lower.length && !lower[i + 1].isEmpty() && Character.isDigit(lower[i + 1].charAt(0));
    }

    /**
     * Praise that says how little there is: "at best", "on a good day", "the best you can offer" ("getting 40 on a good
     * day" read +0.11, "patchy at best" +0.5, "9 hours in the airport and the best you can offer is a 5 euro voucher.
     * shameful" +0.16).
     */
    private static boolean isHedge(String[] lower, int i) {
        return lower[i].equals("best") && i > 0 && lower[i - 1].equals("at")
                || lower[i].equals("best") && i + 2 < lower.length && OFFERING.contains(lower[i + 1]) && lower[i + 2].equals("can")
                || lower[i].equals("good") && i > 1 && lower[i - 2].equals("on") && lower[i - 1].equals("a")
                && i + 1 < lower.length && lower[i + 1].equals("day");
    }

    private static boolean isMockery(String[] lower, int i) {
        return lower[i].startsWith("laugh") && i + 1 < lower.length && lower[i + 1].equals("at");
    }

    /**
     * "Problem solved", "the error on my bill was corrected": a problem said to be over within the next five words,
     * with no negation or "still" between ("the problem is still not fixed" keeps it).
     */
    private boolean isSolvedProblem(String[] lower, int i) {
        if (!PROBLEMS.contains(lower[i])) {
            return false;
        }
        for (int j = i + 1; j < Math.min(lower.length, i + 6); j++) {
            if (negated(lower[j]) || UNSOLVED.contains(lower[j])) {
                return false;
            }
            if (SOLVED.contains(lower[j])) {
                return true;
            }
        }
        return false;
    }

    /**
     * A harm named within {@value #UNDOING_REACH} words after a verb that undoes it (or a fraud after one that caught
     * it), in the same clause, and not said to be undone: "the plumber fixed the leak under our sink" (VADER's "leak"
     * -1.4), "replaced the faulty blender on the spot", "spotted a fraudulent payment"; not "supposed to have fixed the
     * leak", "please replace the broken one".
     */
    private boolean isUndone(String[] lower, int i, int[] clauses) {
        Float valence = lexicon.get(lower[i]);
        if (valence == null || valence >= 0) {
            return false;
        }
        for (int j = i - 1; j >= Math.max(0, i - UNDOING_REACH) && clauses[j] == clauses[i]; j--) {
            if (UNDOING.contains(lower[j]) || CATCHING.contains(lower[j]) && FRAUDS.contains(lower[i])) {
                return !anyOf(UNDONE, lower, j - UNDOING_REACH, j - 1);
            }
        }
        return false;
    }

    /**
     * Praise said of a grievance mocks it (after Riloff et al., 2013: sarcasm as a positive sentiment set against a
     * negative situation). Praise that stands alone as a clause ("oh great, another delay", "... got a cappuccino.
     * wonderful", "really love it"), liking said of what one suffers ("love waiting on hold", "love how ...") or
     * thanks for praise ("thanks for the great customer service, still no bag": the thanks and the praise)
     * reads as its opposite where the text tells a grievance: a negative word elsewhere (not a negated positive one),
     * complaint language the caller found, or a trouble thanked for ("thanks for the third outage this week, really
     * love paying $90 a month for this": the thanks and the liking). Without one it is praise ("smooth flight, landed
     * early. great!").
     */
    private void sarcasmCheck(String[] tokens, String[] lower, double[] sentiments, int[] rules, boolean grievanceTold) {
        boolean[] mocking = new boolean[lower.length];
        boolean[] quoted = new boolean[lower.length];
        boolean any = false;
        boolean grievance = grievanceTold;
        for (int i = 0; i < lower.length; i++) {
            if (sentiments[i] > 0 && thanksForPraise(tokens, lower, i, mocking)) {
                any = true;
            } else if (sentiments[i] > 0 && (thanksForTrouble(tokens, lower, i) || thanksForHarm(tokens, lower, i))) {
                mocking[i] = true;
                any = true;
                grievance = true;
            }
        }
        for (int i = 0; i < lower.length; i++) {
            if (mocking[i]) {
                continue;
            }
            if (sentiments[i] > 0 && isScareQuoted(tokens, i)) {
                quoted[i] = true;
                any = true;
            } else if (sentiments[i] > 0 && (isInterjection(tokens, lower, i) || isLikedSuffering(lower, i)
                    || praisedAsEver(tokens, lower, i))) {
                mocking[i] = true;
                any = true;
            } else if (sentiments[i] < 0 && lexicon.get(lower[i]) < 0) {
                grievance = true;
            }
        }
        if (!any) {
            return;
        }
        for (int i = 0; i < lower.length; i++) {
            if (quoted[i] && !grievance) {
                sentiments[i] = 0;
            } else if ((mocking[i] || quoted[i]) && grievance && sentiments[i] > 0) {
                sentiments[i] = -sentiments[i];
                if (rules != null) {
                    rules[i] |= SARCASM;
                }
            }
        }
    }

    /**
     * A word of praise alone in its clause, but for fillers and itself said again: between the text's start, a
     * punctuation mark or an emoji and the next.
     */
    private static boolean isInterjection(String[] tokens, String[] lower, int i) {
        if (!isPraiseInterjection(lower, i)) {
            return false;
        }
        int start = i;
        while (start > 0 && !endsClause(tokens[start - 1]) && isFiller(lower[start - 1], lower[i])) {
            start--;
        }
        int end = i;
        while (!endsClause(tokens[end]) && end + 1 < lower.length
                && (isFiller(lower[end + 1], lower[i]) || tokens[end + 1].startsWith("@"))) {
            end++;
        }
        boolean opens = start == 0 || endsClause(tokens[start - 1]) || isEmoji(tokens[start - 1]) || tokens[start - 1].startsWith("@");
        boolean closes = end == lower.length - 1 || endsClause(tokens[end]) || isEmoji(tokens[end + 1]);
        return opens && closes && (start > 0 || end < lower.length - 1);
    }

    /** A word of praise ({@link #PRAISE_INTERJECTIONS}), or "well" in "well done" (not "well, I might"). */
    private static boolean isPraiseInterjection(String[] lower, int i) {
        return PRAISE_INTERJECTIONS.contains(lower[i])
                || lower[i].equals("well") && i + 1 < lower.length && lower[i + 1].equals("done");
    }

    /** A filler, or the word of praise said again: "cool cool cool". */
    private static boolean isFiller(String word, String praise) {
        return INTERJECTION_FILLERS.contains(word) || word.equals(praise);
    }

    /**
     * The word at {@code i} stands in a quotation of at most {@value #SCARE_QUOTE_WORDS} words: a token at or before
     * it opens one, a token at or after it closes it (before any marks that follow: "support",).
     */
    private static boolean isScareQuoted(String[] tokens, int i) {
        int open = i;
        while (open > i - SCARE_QUOTE_WORDS && open > 0 && !opensQuote(tokens[open]) && !closesQuote(tokens[open - 1])) {
            open--;
        }
        if (!opensQuote(tokens[open])) {
            return false;
        }
        for (int close = i; close < Math.min(tokens.length, open + SCARE_QUOTE_WORDS); close++) {
            if (closesQuote(tokens[close])) {
                return true;
            }
            if (close > i && opensQuote(tokens[close])) {
                return false;
            }
        }
        return false;
    }

    private static boolean opensQuote(String token) {
        return QUOTES.indexOf(token.charAt(0)) >= 0;
    }

    private static boolean closesQuote(String token) {
        int end = token.length();
        while (end > 1 && ".,!?;:".indexOf(token.charAt(end - 1)) >= 0) {
            end--;
        }
        return end > 1 && QUOTES.indexOf(token.charAt(end - 1)) >= 0;
    }

    /** An emoji closes a clause as a full stop does: "the site crashed 🙃 great". */
    private static boolean isEmoji(String token) {
        return Text.isEmoji(token.codePointAt(0));
    }

    private static boolean endsClause(String token) {
        char last = token.charAt(token.length() - 1);
        return last == '.' || last == ',' || last == '!' || last == '?' || last == ';' || last == ':' || last == '\u2026';
    }

    /**
     * Thanks at {@code i} followed in their clause by "for" and a word of praise ("thanks for the great customer
     * service", "thank you for the wonderful 3 hour delay"): marks the thanks and the praise as {@code mocking}.
     */
    private static boolean thanksForPraise(String[] tokens, String[] lower, int i, boolean[] mocking) {
        int next = thankedFor(tokens, lower, i);
        if (next < 0) {
            return false;
        }
        boolean praised = false;
        for (int j = next + 1; j < lower.length; j++) {
            if (PRAISE_INTERJECTIONS.contains(lower[j])) {
                mocking[j] = true;
                praised = true;
            }
            if (endsClause(tokens[j])) {
                break;
            }
        }
        mocking[i] |= praised;
        return praised;
    }

    /**
     * The index of "for" after thanks at {@code i} in their clause ("thanks for", "thank you for", "thanks @AcmeAir
     * for"), or -1.
     */
    private static int thankedFor(String[] tokens, String[] lower, int i) {
        if (!THANKING.contains(lower[i]) || endsClause(tokens[i])) {
            return -1;
        }
        int next = i + 1;
        if (lower[i].equals("thank") && next < lower.length && lower[next].equals("you") && !endsClause(tokens[next])) {
            next++;
        }
        while (next < lower.length && tokens[next].startsWith("@") && !endsClause(tokens[next])) {
            next++;
        }
        return next < lower.length && lower[next].equals("for") ? next : -1;
    }

    /** Thanks at {@code i} for a trouble ({@link #TROUBLES_THANKED}): mockery, and the trouble is a grievance told. */
    private static boolean thanksForTrouble(String[] tokens, String[] lower, int i) {
        int next = thankedFor(tokens, lower, i);
        if (next < 0 || endsClause(tokens[next])) {
            return false;
        }
        int j = next + 1;
        while (j < lower.length && (BEFORE_TROUBLE.contains(lower[j]) || COUNT_WORD.matcher(lower[j]).matches())
                && !endsClause(tokens[j])) {
            j++;
        }
        return j < lower.length && TROUBLES_THANKED.contains(lower[j]);
    }

    /**
     * Thanks at {@code i} for a doing that harmed: a word the lexicon rates negative in the clause thanked for, and no
     * word of help ("thanks for delivering my package to the wrong house"; not "thanks for finding my lost bag", nor
     * the hard time it was done in: "thanks for waiving the change fee after my father's funeral").
     */
    private boolean thanksForHarm(String[] tokens, String[] lower, int i) {
        int next = thankedFor(tokens, lower, i);
        if (next < 0 || endsClause(tokens[next])) {
            return false;
        }
        boolean harm = false;
        List<String> fixable = Arrays.asList(lower);
        for (int j = next + 1; j < lower.length; j++) {
            if (HELPING.contains(lower[j]) || Resolutions.isFix(fixable, j)) {
                return false;
            }
            if (CIRCUMSTANCE.contains(lower[j])) {
                break;
            }
            Float valence = lexicon.get(lower[j]);
            harm |= valence != null && valence < 0;
            if (endsClause(tokens[j])) {
                break;
            }
        }
        return harm;
    }

    /**
     * Praise at {@code i} followed within {@value #AS_EVER_REACH} words in its clause by "as always", "as usual" or
     * "as ever": "great customer service as always, 3 hours on the phone".
     */
    private static boolean praisedAsEver(String[] tokens, String[] lower, int i) {
        if (!isPraiseInterjection(lower, i)) {
            return false;
        }
        for (int j = i + 1; j + 1 < lower.length && j <= i + AS_EVER_REACH; j++) {
            if (AS_EVER.contains(List.of(lower[j], lower[j + 1]))) {
                return true;
            }
            if (endsClause(tokens[j])) {
                return false;
            }
        }
        return false;
    }

    private static boolean isLikedSuffering(String[] lower, int i) {
        if (!LIKING.contains(lower[i]) || i + 1 >= lower.length) {
            return false;
        }
        return SUFFERED.contains(lower[i + 1]);
    }

    /**
     * {@code clauses}: for complaints, the clause of each word (see {@link #clauses}), where a negation reaches no
     * further than its clause ("exchanged it without any questions, super easy": "without" does not negate "super"),
     * nor negates praise it says is too little to say ("can't thank you enough"); null: VADER as published.
     */
    private double valence(String[] words, String[] lower, int i, boolean capsDifferential, int[] clauses, int[] rules) {
        Float base = lexicon.get(lower[i]);
        if (base == null) {
            return 0;
        }
        int n = words.length;
        double valence = base;
        int applied = 0;
        if (lower[i].equals("no") && i != n - 1 && lexicon.containsKey(lower[i + 1])) {
            valence = 0;
        }
        int reach = negationReach(lower, i, clauses);
        if ((i > 0 && reach >= 1 && lower[i - 1].equals("no")) || (i > 1 && reach >= 2 && lower[i - 2].equals("no"))
                || (i > 2 && reach >= 3 && lower[i - 3].equals("no") && (lower[i - 1].equals("or") || lower[i - 1].equals("nor")))) {
            valence = base * NEGATION_SCALAR;
            applied |= NEGATED;
        }
        if (isUpper(words[i]) && capsDifferential) {
            valence += valence > 0 ? CAPS_BOOST : -CAPS_BOOST;
            applied |= CAPITALS;
        }
        for (int start = 0; start < 3; start++) {
            if (i > start && !lexicon.containsKey(lower[i - (start + 1)])) {
                double scalar = boosterScalar(words[i - (start + 1)], lower[i - (start + 1)], valence, capsDifferential);
                if (scalar != 0) {
                    applied |= BOOSTED;
                    if (start == 1) {
                        scalar *= 0.95;
                    } else if (start == 2) {
                        scalar *= 0.9;
                    }
                }
                valence += scalar;
                double beforeNegation = valence;
                valence = start < reach ? negationCheck(valence, lower, start, i) : valence;
                if (valence != beforeNegation && Math.signum(valence) != Math.signum(beforeNegation)) {
                    applied |= NEGATED;
                }
                if (start == 2) {
                    double beforeIdioms = valence;
                    valence = idiomsCheck(valence, lower, i);
                    if (valence != beforeIdioms) {
                        applied |= IDIOM;
                    }
                }
            }
        }
        double beforeLeast = valence;
        valence = leastCheck(valence, lower, i);
        if (valence != beforeLeast) {
            applied |= LEAST;
        }
        if (rules != null) {
            rules[i] = applied;
        }
        return valence;
    }

    private double boosterScalar(String word, String lower, double valence, boolean capsDifferential) {
        Float booster = boosters.get(lower);
        if (booster == null) {
            return 0;
        }
        double scalar = valence < 0 ? -booster : booster;
        if (isUpper(word) && capsDifferential) {
            scalar += valence > 0 ? CAPS_BOOST : -CAPS_BOOST;
        }
        return scalar;
    }

    /**
     * How many words before word {@code i} a negation may stand and still negate it: VADER's three, for complaints
     * only those of its clause, and none where "enough" follows a verb of praising in the same clause ("can't thank
     * you enough", "couldn't recommend them enough"; "not good enough" stays negated).
     */
    private static int negationReach(String[] lower, int i, int[] clauses) {
        if (clauses == null) {
            return 3;
        }
        if (isBeyondCompare(lower, i)) {
            return 0;
        }
        if (PRAISING.contains(lower[i])) {
            for (int j = i + 1; j < Math.min(lower.length, i + 4) && clauses[j] == clauses[i]; j++) {
                if (lower[j].equals("enough")) {
                    return 0;
                }
            }
        }
        int reach = 0;
        while (reach < 3 && i - reach - 1 >= 0 && clauses[i - reach - 1] == clauses[i]) {
            reach++;
        }
        return reach;
    }

    /**
     * Whether word {@code i} is a comparative that a negated "can" says nothing could pass: "couldn't be happier",
     * "could not have been easier", "can't get any better", "couldn't be more helpful", "it couldn't be worse". The
     * negation says how far, not which way, so it does not turn the word.
     */
    private static boolean isBeyondCompare(String[] lower, int i) {
        int j = i - 1;
        if (!COMPARATIVES.contains(lower[i])) {
            if (j < 0 || !lower[j].equals("more")) {
                return false;
            }
            j--;
        }
        if (j >= 0 && lower[j].equals("any")) {
            j--;
        }
        if (j < 0 || !BECOMING.contains(lower[j])) {
            return false;
        }
        if (lower[j].equals("been")) {
            j--;
            if (j < 0 || !(lower[j].equals("have") || lower[j].equals("'ve"))) {
                return false;
            }
        }
        j--;
        if (j >= 0 && CANNOT.contains(lower[j])) {
            return true;
        }
        return j >= 1 && lower[j].equals("not") && ABLE.contains(lower[j - 1]);
    }

    /** The clause of each token: a new one after each token that ends one ({@link #endsClause}) or an emoji. */
    private static int[] clauses(String[] tokens) {
        int[] clauses = new int[tokens.length];
        for (int i = 1; i < tokens.length; i++) {
            clauses[i] = clauses[i - 1] + (endsClause(tokens[i - 1]) || isEmoji(tokens[i - 1]) ? 1 : 0);
        }
        return clauses;
    }

    private double negationCheck(double valence, String[] lower, int start, int i) {
        String previous = lower[i - (start + 1)];
        if (start == 0) {
            return negated(previous) ? valence * NEGATION_SCALAR : valence;
        }
        if (start == 1) {
            if (lower[i - 2].equals("never") && (lower[i - 1].equals("so") || lower[i - 1].equals("this"))) {
                return valence * 1.25;
            }
            if (lower[i - 2].equals("without") && lower[i - 1].equals("doubt")) {
                return valence;
            }
            return negated(previous) ? valence * NEGATION_SCALAR : valence;
        }
        if ((lower[i - 3].equals("never") && (lower[i - 2].equals("so") || lower[i - 2].equals("this")))
                || lower[i - 1].equals("so") || lower[i - 1].equals("this")) {
            return valence * 1.25;
        }
        if (lower[i - 3].equals("without") && (lower[i - 2].equals("doubt") || lower[i - 1].equals("doubt"))) {
            return valence;
        }
        return negated(previous) ? valence * NEGATION_SCALAR : valence;
    }

    private boolean negated(String lowerWord) {
        return negations.contains(lowerWord) || lowerWord.contains("n't");
    }

    private double idiomsCheck(double valence, String[] lower, int i) {
        int n = lower.length;
        String oneZero = lower[i - 1] + " " + lower[i];
        String twoOneZero = lower[i - 2] + " " + oneZero;
        String twoOne = lower[i - 2] + " " + lower[i - 1];
        String threeTwoOne = lower[i - 3] + " " + twoOne;
        String threeTwo = lower[i - 3] + " " + lower[i - 2];
        for (String sequence : new String[] {oneZero, twoOneZero, twoOne, threeTwoOne, threeTwo}) {
            Float idiom = idioms.get(sequence);
            if (idiom != null) {
                valence = idiom;
                break;
            }
        }
        if (n - 1 > i) {
            Float idiom = idioms.get(lower[i] + " " + lower[i + 1]);
            if (idiom != null) {
                valence = idiom;
            }
        }
        if (n - 1 > i + 1) {
            Float idiom = idioms.get(lower[i] + " " + lower[i + 1] + " " + lower[i + 2]);
            if (idiom != null) {
                valence = idiom;
            }
        }
        for (String nGram : new String[] {threeTwoOne, threeTwo, twoOne}) {
            Float booster = boosters.get(nGram);
            if (booster != null) {
                valence += booster;
            }
        }
        return valence;
    }

    private double leastCheck(double valence, String[] lower, int i) {
        if (i > 1 && !lexicon.containsKey(lower[i - 1]) && lower[i - 1].equals("least")) {
            if (!lower[i - 2].equals("at") && !lower[i - 2].equals("very")) {
                return valence * NEGATION_SCALAR;
            }
        } else if (i > 0 && !lexicon.containsKey(lower[i - 1]) && lower[i - 1].equals("least")) {
            return valence * NEGATION_SCALAR;
        }
        return valence;
    }

    /**
     * For complaints: a trouble told, then what was done about it, and nothing wrong after ("someone cloned my card,
     * the fraud team froze it and refunded every penny", "car was stolen on Tuesday, claim settled by Thursday"). The
     * fix turns the story as a "but" does, so the trouble's words before it count half; not where the fix was only
     * promised or never came ("said it was fixed", "still not sorted"), nor in a text that turns at a "but" already
     * ({@link Resolutions} reads the same fix as praise).
     */
    private static void fixCheck(String[] lower, double[] sentiments, int[] clauses, int[] rules) {
        int fix = -1;
        boolean troubleBefore = false;
        List<String> fixable = Arrays.asList(lower);
        for (int i = 0; i < lower.length; i++) {
            if (lower[i].equals("but")) {
                return;
            }
            if (troubleBefore && fix < 0 && Resolutions.isFix(fixable, i) && !fixDoubted(lower, i, clauses)) {
                fix = i;
            } else if (fix >= 0 && sentiments[i] < 0) {
                return;
            }
            troubleBefore |= sentiments[i] < 0;
        }
        for (int i = 0; i < fix; i++) {
            if (sentiments[i] < 0) {
                sentiments[i] *= 0.5;
                if (rules != null) {
                    rules[i] |= BEFORE_FIX;
                }
            }
        }
    }

    /** A negation, a promise or a condition before the fix in its clause: "not fixed", "supposed to be refunded". */
    private static boolean fixDoubted(String[] lower, int fix, int[] clauses) {
        for (int j = fix - 1; j >= Math.max(0, fix - Resolutions.FIX_DOUBT_REACH) && clauses[j] == clauses[fix]; j--) {
            if (Resolutions.FIX_DOUBTS.contains(lower[j]) || lower[j].contains("n't")) {
                return true;
            }
        }
        return false;
    }

    /** Sentiment before "but" counts half, after it one and a half times. */
    private static void butCheck(String[] lower, double[] sentiments, int[] rules) {
        int but = -1;
        for (int i = 0; i < lower.length; i++) {
            if (lower[i].equals("but")) {
                but = i;
                break;
            }
        }
        if (but < 0) {
            return;
        }
        for (int i = 0; i < sentiments.length; i++) {
            if (sentiments[i] == 0) {
                continue;
            }
            if (i < but) {
                sentiments[i] *= 0.5;
                if (rules != null) {
                    rules[i] |= BUT_BEFORE;
                }
            } else if (i > but) {
                sentiments[i] *= 1.5;
                if (rules != null) {
                    rules[i] |= BUT_AFTER;
                }
            }
        }
    }

    private Score scoreValence(String text, String[] words, double[] sentiments, int[] rules) {
        double sum = 0;
        double positive = 0;
        double negative = 0;
        int neutral = 0;
        for (double sentiment : sentiments) {
            sum += sentiment;
            if (sentiment > 0) {
                positive += sentiment + 1;
            } else if (sentiment < 0) {
                negative += sentiment - 1;
            } else {
                neutral++;
            }
        }
        if (sentiments.length == 0) {
            return new Score(0, 0, 0, 0, List.of());
        }
        double emphasis = punctuationEmphasis(text);
        if (sum > 0) {
            sum += emphasis;
        } else if (sum < 0) {
            sum -= emphasis;
        }
        double compound = normalize(sum);
        if (positive > Math.abs(negative)) {
            positive += emphasis;
        } else if (positive < Math.abs(negative)) {
            negative -= emphasis;
        }
        double total = positive + Math.abs(negative) + neutral;
        List<Cue> cues = rules == null ? List.of() : cues(words, sentiments, rules, sum == 0 ? 0 : emphasis, sum);
        return new Score(round(compound), round(Math.abs(positive / total)), round(Math.abs(negative / total)),
                round(Math.abs(neutral / total)), cues);
    }

    private static List<Cue> cues(String[] words, double[] sentiments, int[] rules, double emphasis, double sum) {
        List<Cue> cues = new ArrayList<>();
        for (int i = 0; i < sentiments.length; i++) {
            if (sentiments[i] != 0) {
                cues.add(new Cue(words[i], describe(rules[i]), round(sentiments[i])));
            }
        }
        if (emphasis > 0) {
            cues.add(new Cue("!/?", "vader:punctuation-emphasis", round(sum > 0 ? emphasis : -emphasis)));
        }
        return cues;
    }

    private static String describe(int applied) {
        StringBuilder rule = new StringBuilder("vader:lexicon");
        if ((applied & NEGATED) != 0) {
            rule.append("+negated");
        }
        if ((applied & BOOSTED) != 0) {
            rule.append("+intensifier");
        }
        if ((applied & CAPITALS) != 0) {
            rule.append("+capitals");
        }
        if ((applied & IDIOM) != 0) {
            rule.append("+idiom");
        }
        if ((applied & LEAST) != 0) {
            rule.append("+least");
        }
        if ((applied & BUT_BEFORE) != 0) {
            rule.append("+before-but");
        }
        if ((applied & BUT_AFTER) != 0) {
            rule.append("+after-but");
        }
        if ((applied & BEFORE_FIX) != 0) {
            rule.append("+before-fix");
        }
        if ((applied & SARCASM) != 0) {
            rule.append(MOCKERY_MARK);
        }
        return rule.toString();
    }

    private static double punctuationEmphasis(String text) {
        int exclamations = 0;
        int questions = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '!') {
                exclamations++;
            } else if (c == '?') {
                questions++;
            }
        }
        double emphasis = Math.min(exclamations, MAX_EXCLAMATIONS) * EXCLAMATION_BOOST;
        if (questions > 1) {
            emphasis += questions <= 3 ? questions * QUESTION_BOOST : MAX_QUESTION_BOOST;
        }
        return emphasis;
    }

    static double normalize(double score) {
        double normalized = score / Math.sqrt(score * score + NORMALIZATION_ALPHA);
        return Math.max(-1, Math.min(1, normalized));
    }

    /** Whitespace tokens with surrounding punctuation removed, unless that leaves two characters or fewer (":)"). */
    static String[] words(String text) {
        return stripped(tokens(text));
    }

    private static String[] stripped(String[] tokens) {
        String[] words = new String[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            words[i] = stripPunctuation(tokens[i]);
        }
        return words;
    }

    /** Whitespace tokens, and each emoji a token of its own: "worst😡" is "worst" and "😡". */
    private static String[] tokens(String text) {
        List<String> tokens = new ArrayList<>();
        int length = text.length();
        int i = 0;
        while (i < length) {
            while (i < length && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int start = i;
            if (i < length && Text.isEmoji(text.codePointAt(i))) {
                i = Text.endOfEmoji(text, i);
            } else {
                while (i < length && !Character.isWhitespace(text.charAt(i)) && !Text.isEmoji(text.codePointAt(i))) {
                    i += Character.charCount(text.codePointAt(i));
                }
            }
            if (start < i) {
                tokens.add(text.substring(start, i));
            }
        }
        return tokens.toArray(new String[0]);
    }

    private static String stripPunctuation(String token) {
        int start = 0;
        int end = token.length();
        while (start < end && PUNCTUATION.indexOf(token.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && PUNCTUATION.indexOf(token.charAt(end - 1)) >= 0) {
            end--;
        }
        return end - start <= 2 ? token : token.substring(start, end);
    }

    private static boolean capsDifferential(String[] words) {
        int allCaps = 0;
        for (String word : words) {
            if (isUpper(word)) {
                allCaps++;
            }
        }
        int differential = words.length - allCaps;
        return differential > 0 && differential < words.length;
    }

    /** Python's str.isupper(): at least one cased character, and no lower-case one. */
    static boolean isUpper(String word) {
        boolean cased = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isUpperCase(c)) {
                cased = true;
            }
        }
        return cased;
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
