package io.complaints.triage.analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * How a negative text raises its voice: words in capitals or stopped one by one ("every. single. time."), a question
 * that only reproaches ("do you even read these?"), exclamation marks, a figure said again on its own ("my bag was
 * 2cm too big. 2cm."), an order put curtly ("sort it out"), thanks for the trouble ("... wearing the same clothes at
 * a conference. thanks a lot"), the remedy offered refused ("a full refund, not a voucher"), the price set against what
 * came of it ("$400 a night for this"), and the company told what it did ("you cut off my electricity", "your driver
 * threw my parcel"). Anger blames someone; a sad or worried complaint tells what happened ("my train was cancelled").
 * Read only in a negative text: "I LOVE it!!!" and "thank you, your team was great" are not angry.
 */
final class RaisedVoice {

    private static final double MAX_CAPITALS = 0.3;
    private static final int ACRONYM_LETTERS = 3;
    /** One word in capitals where people put their stress: "Do NOT tell me", "I asked for ONE thing". */
    private static final double STRESSED_WORD = 0.15;
    private static final double EXCLAMATION = 0.06;
    private static final double MAX_EXCLAMATION = 0.25;
    /** Less than a voice of its own: it makes an outburst angrier, not a plain report angry. */
    private static final double BLAME = 0.1;
    /**
     * The words (their letters: "DIDN'T" is "didnt") people write in capitals for stress: negation, quantity,
     * time, the person addressed; not the acronyms a single word in capitals mostly is ("CFPB", "ATM", "LOL").
     */
    private static final Set<String> STRESSABLE = Set.of("not", "never", "no", "nothing", "none", "nobody",
            "now", "still", "again", "ever", "already", "yet", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "hundred",
            "dozen", "once", "twice", "all", "any", "every", "only", "and", "both", "even", "you", "your", "they", "this",
            "that", "must", "dare", "did", "didnt", "doesnt", "dont", "wont", "cant", "wasnt", "isnt", "today",
            "tonight", "tomorrow", "months", "weeks", "days", "hours", "paid", "always", "really", "real", "more",
            "less", "same", "wrong");
    /**
     * A word of two letters in capitals in a text that otherwise has none: the writer's own stressed ("it's MY money",
     * "you want ME to chase the courier"), or a refusal ("NO refund").
     */
    private static final Pattern STRESSED_SHORT_WORD = Pattern.compile("\\b(ME|MY|NO)\\b");
    /** Words stopped one by one, "Every. Single. Time.": as much stress as a word in capitals. */
    private static final double STOPPED_WORDS = 0.15;
    private static final int MIN_STOPPED_WORDS = 3;
    /** Words that end with a full stop without ending a sentence: "Mr. Smith. Thanks." is no stress. */
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "st", "jr", "sr", "no", "vs", "etc",
            "inc", "ltd", "co", "corp", "dept", "approx", "am", "pm");
    /** A question with "even" in it asks nothing: "Do your drivers even get out of the van?" */
    private static final double INDIGNANT_QUESTION = 0.2;
    /** "could you", "thank you", "do you": the company asked or thanked, not blamed. */
    private static final Set<String> ASKING_BEFORE_YOU = Set.of("could", "can", "would", "will", "thank", "if",
            "do", "did", "are", "have", "should", "may", "see", "let", "help", "tell", "assure", "when", "how", "what");
    /**
     * A short sentence that only says again what the sentence before it said, in disbelief: "charged me £55 because my
     * bag was 2cm too big. 2cm.", "delivered to a safe place. what safe place."
     */
    private static final double ECHO = 0.15;
    private static final int MAX_ECHO_WORDS = 3;
    private static final int MAX_ECHO_TEXT_WORDS = 60;
    /** Words an echo may add to what it repeats: "what safe place", "2cm. really." */
    private static final Set<String> ECHO_FILLERS = Set.of("what", "a", "an", "the", "really", "seriously", "again");
    /** A name or number a complaint portal hid ("XXXX", "XX/XX/XXXX"): no echo when it recurs. */
    private static final Pattern REDACTED = Pattern.compile("x+");
    /** An order opening a clause, with no "please" in its sentence: "sort it out", "stop promising what you can't". */
    private static final double CURT_ORDER = 0.2;
    /** The verbs a curt order opens with ({@link #isOrder}, and "give ... back"). */
    private static final Set<String> ORDER_VERBS = Set.of("stop", "sort", "fix", "refund", "cancel", "give", "reopen",
            "treat", "grow", "find", "call");
    /** What "sort" and "fix" are ordered to put right: "sort it out", "fix this today", "fix your network". */
    private static final Set<String> ORDERED_THINGS = Set.of("it", "this", "that", "yourselves", "your", "the");
    /** Who or what "refund" is ordered to pay back: "refund me", "refund it". */
    private static final Set<String> ORDERED_REFUNDS = Set.of("me", "us", "it", "my");
    /** What "cancel" is ordered to end: "Cancel my account. Now." */
    private static final Set<String> ORDERED_CANCELLATIONS = Set.of("my", "it", "this", "the");
    /** What "reopen" is ordered to take up again: "Reopen it and actually read what I wrote." */
    private static final Set<String> ORDERED_REOPENINGS = Set.of("my", "it", "this", "the");
    /** Whom a curt "call" is to ring, and what else such an order says ({@link #isCallBack}). */
    private static final Set<String> ORDERED_CALLS = Set.of("me", "us");
    private static final Set<String> CALL_ORDER_WORDS = Set.of("back", "today", "now", "asap", "immediately", "tonight");
    private static final int MAX_CALL_ORDER_WORDS = 4;
    /** What "find" is ordered to look for: "find my package" (not "find the link below"). */
    private static final Set<String> ORDERED_FINDS = Set.of("my", "our");
    /** Who "treat" is ordered to treat better: "treat your passengers like adults" (not "treat yourself"). */
    private static final Set<String> ORDERED_TREATMENTS = Set.of("your", "us", "me", "people", "customers", "them");
    /**
     * A clause of only "I'm done" (or "I am done", "I'm so done"): "third repair visit cancelled on me. I am done".
     * Not "until I am done" nor "the dealership said I'm done", where it does not end the writer's dealings.
     */
    private static final double SAID_DONE = 0.25;
    private static final List<List<String>> DONE_CLAUSES = Stream.of("i'm done", "im done", "i am done", "i'm so done",
            "im so done", "i am so done", "i'm officially done", "i am officially done").map(Text::words).toList();
    /**
     * Thanks that end a negative text asking nothing ("no bag, no updates, and the baggage line just rings out. thanks
     * a lot"): thanks for the trouble, in mockery. Not after a request ("any update? thanks a lot").
     */
    private static final double MOCKING_THANKS = 0.2;
    private static final List<List<String>> THANKS_CLOSINGS = Stream.of("thanks a lot", "thanks a bunch",
            "thanks for that", "cheers for that", "thank you for that").map(Text::words).toList();
    private static final Set<String> ASKING_WORDS = Set.of("please", "pls", "plz", "could", "would", "can", "kindly");
    /** Thanks said to the company by name at the end ({@link #mockingThanks}): "thanks Expedia", "cheers Ryanair". */
    private static final Set<String> THANKING = Set.of("thanks", "cheers", "thx");
    /** Without one of these, a text says no thanks ({@link #mockingThanks}). */
    private static final Set<String> THANKS_WORDS = Stream.concat(THANKING.stream(), Stream.of("thank"))
            .collect(Collectors.toUnmodifiableSet());
    private static final int MIN_NAME_LETTERS = 3;
    /**
     * The remedy wanted set against the one offered: "We want a full refund, not a voucher.", "I want a replacement, not
     * another appointment", "I want that £90 back, not "feedback"".
     */
    private static final double REMEDY_REFUSED = 0.2;
    private static final Pattern WANTED_NOT_OFFERED = Pattern.compile("\\b(?:i|we)\\s+(?:want|expect|need)\\b[^.!?]*?,"
            + "\\s*(not\\s+(?:a|an|another|more|some|any|[\"\u201C])[^,.!?]*)");
    /**
     * A text that ends asking what was paid "for this" ("$400 a night for this", "I pay for prime for THIS?"): the
     * price set against what came of it.
     */
    private static final double PAID_FOR_THIS = 0.2;
    private static final List<String> FOR_THIS = List.of("for", "this");
    private static final Pattern PRICE = Pattern.compile("[$£€]\\s?\\d|\\d\\s?(?:dollars|bucks|pounds|euros|usd|gbp|eur)\\b"
            + "|\\b(?:pay|paid|paying|pays)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern CLAUSE_END = Pattern.compile("[,;:]\\s*|\\s+-+\\s+");
    private static final Pattern HANDLE = Pattern.compile("@\\S+");
    private static final Set<String> SECOND_PERSON = Set.of("you", "your", "you've", "you're", "you'd", "you'll",
            "yours", "u", "ur");

    private RaisedVoice() {
    }

    static List<Cue> cues(Text text) {
        List<Cue> cues = new ArrayList<>();
        Shouted capitals = shoutedWords(text.original());
        List<String> shouted = capitals.words().stream().filter(word -> !isAcronym(word, text)).toList();
        if (shouted.size() >= 2) {
            double ratio = (double) shouted.size() / capitals.of();
            cues.add(new Cue(shouted.size() + " words in capitals", "anger:capitals", Cue.round(Math.min(MAX_CAPITALS, ratio))));
        } else if (shouted.size() == 1 && (stressed(shouted.get(0)) || echoed(shouted.get(0), text))) {
            cues.add(new Cue(shouted.get(0), "anger:capitals", STRESSED_WORD));
        } else if (shouted.isEmpty()) {
            Matcher stressedShort = STRESSED_SHORT_WORD.matcher(text.original());
            if (stressedShort.find()) {
                cues.add(new Cue(stressedShort.group(), "anger:capitals", STRESSED_WORD));
            }
        }
        addSaid(cues, stoppedWords(text.original()), "anger:stopped-words", STOPPED_WORDS);
        addSaid(cues, Questions.indignantQuestion(text.original()), "anger:indignant-question", INDIGNANT_QUESTION);
        addSaid(cues, echo(text), "anger:echo", ECHO);
        addSaid(cues, curtOrder(text), "anger:curt-order", CURT_ORDER);
        addSaid(cues, saidDone(text), "anger:exasperation", SAID_DONE);
        addSaid(cues, mockingThanks(text), "anger:mockery", MOCKING_THANKS);
        addSaid(cues, remedyRefused(text), "anger:exasperation", REMEDY_REFUSED);
        addSaid(cues, paidForThis(text), "anger:exasperation", PAID_FOR_THIS);
        long exclamations = text.original().chars().filter(c -> c == '!').count();
        if (exclamations > 0) {
            cues.add(new Cue("!".repeat((int) Math.min(exclamations, 5)), "anger:exclamation",
                    Cue.round(Math.min(MAX_EXCLAMATION, exclamations * EXCLAMATION))));
        }
        addSaid(cues, addressed(text.words()), "anger:blame", BLAME);
        return cues;
    }

    /** A cue for what a check found said, where it found anything ({@code said} not null). */
    private static void addSaid(List<Cue> cues, String said, String rule, double weight) {
        if (said != null) {
            cues.add(new Cue(said, rule, weight));
        }
    }

    /**
     * A word of three letters in capitals that people do not stress ("ATL", "JFK", "SIM", "NHS"), unless it echoes
     * the same word in small letters ("in the bin. in the BIN."); "NOT", "NOW", "YOU" are stress.
     */
    private static boolean isAcronym(String word, Text text) {
        if (word.length() > ACRONYM_LETTERS || stressed(word)) {
            return false;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        return !text.original().contains(lower)
                || !Pattern.compile("\\b" + Pattern.quote(lower) + "\\b").matcher(text.original()).find();
    }

    private static boolean stressed(String word) {
        return STRESSABLE.contains(word.replaceAll("['\u2019]", "").toLowerCase(Locale.ROOT));
    }

    /** A word said again in capitals, as an echo: "left my parcel in the bin. in the BIN." */
    private static boolean echoed(String word, Text text) {
        String lower = word.toLowerCase(Locale.ROOT);
        return text.words().stream().filter(lower::equals).count() >= 2;
    }

    /**
     * The first run of {@value #MIN_STOPPED_WORDS} or more words each followed by a full stop ("every. single.
     * morning."; the last may end with "!" or "?"), the first after a mark or at the start (not the last word of a
     * sentence: "a refund. Not. Good. Enough!"), or null.
     */
    static String stoppedWords(String original) {
        List<String> run = new ArrayList<>();
        boolean afterMark = true;
        for (String token : original.trim().split("\\s+")) {
            if (token.isEmpty()) {
                continue;
            }
            String word = token.length() > 1 ? token.substring(0, token.length() - 1) : "";
            boolean stopped = word.chars().allMatch(Character::isLetter) && !word.isEmpty()
                    && !ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
            char end = token.charAt(token.length() - 1);
            boolean opensRun = afterMark || !run.isEmpty();
            afterMark = token.startsWith("@") || ".,;:!?".indexOf(end) >= 0;
            if (stopped && opensRun && (end == '.' || run.size() >= MIN_STOPPED_WORDS - 1 && (end == '!' || end == '?'))) {
                run.add(token);
                if (end != '.') {
                    break;
                }
            } else if (run.size() >= MIN_STOPPED_WORDS) {
                break;
            } else {
                run.clear();
            }
        }
        return run.size() >= MIN_STOPPED_WORDS ? String.join(" ", run) : null;
    }

    /**
     * The first sentence of at most {@value #MAX_ECHO_WORDS} words whose words, beside {@link #ECHO_FILLERS}, were all
     * said in the sentence just before it, in a text of at most {@value #MAX_ECHO_TEXT_WORDS} words; or null. A
     * long letter's short sentences sum up ("They did not.", "Copy attached.") or end an abbreviation ("Mr.").
     */
    static String echo(Text text) {
        if (text.words().size() > MAX_ECHO_TEXT_WORDS) {
            return null;
        }
        List<String> before = List.of();
        for (String sentence : Questions.SENTENCE_END.split(text.original())) {
            List<String> words = Text.words(HANDLE.matcher(sentence.toLowerCase(Locale.ROOT)).replaceAll(" "));
            List<String> repeated = words.stream().filter(word -> word.length() > 1 && !ECHO_FILLERS.contains(word)
                    && !REDACTED.matcher(word).matches()).toList();
            if (!repeated.isEmpty() && words.size() <= MAX_ECHO_WORDS && before.containsAll(repeated)
                    && !ABBREVIATIONS.contains(words.get(words.size() - 1))) {
                return sentence.strip();
            }
            before = words;
        }
        return null;
    }

    /**
     * The first clause that opens with an order to stop doing something ("stop promising", "stop pretending"), to
     * sort or fix a thing ("sort it out", "fix your network"), to refund ("refund me", "refund it"), give back ("give
     * it back", "give it to me"), cancel ("cancel my account"), reopen ("reopen it"), treat people better ("treat
     * your passengers like adults"), find what was lost ("find my package"), call ("call me back today") or grow up,
     * in a sentence that has no "please" and asks nothing; or null. "please sort it out" and "can you fix this?" ask.
     * A text without one of the {@link #ORDER_VERBS} is not split into sentences at all.
     */
    static String curtOrder(Text text) {
        if (text.words().stream().noneMatch(ORDER_VERBS::contains)) {
            return null;
        }
        for (Sentence sentence : sentences(text)) {
            List<String> words = Text.words(sentence.lower());
            if (sentence.lower().contains("?") || words.contains("please") || words.contains("pls") || words.contains("plz")) {
                continue;
            }
            for (String clause : sentence.clauses()) {
                List<String> opening = Text.words(clause);
                if (opening.size() >= 2 && (isOrder(opening.get(0), opening.get(1)) || isCallBack(opening)
                        || opening.get(0).equals("give") && (opening.contains("back") || opening.subList(1, opening.size())
                        .equals(List.of("it", "to", "me"))))) {
                    return clause.strip();
                }
            }
        }
        return null;
    }

    /** A clause that only orders a call: "call me", "call me back today" (not "call me when it's in stock"). */
    private static boolean isCallBack(List<String> clause) {
        return clause.get(0).equals("call") && ORDERED_CALLS.contains(clause.get(1))
                && clause.size() <= MAX_CALL_ORDER_WORDS
                && clause.subList(2, clause.size()).stream().allMatch(CALL_ORDER_WORDS::contains);
    }

    private static boolean isOrder(String verb, String next) {
        return switch (verb) {
            case "stop" -> next.length() > 4 && next.endsWith("ing");
            case "sort", "fix" -> ORDERED_THINGS.contains(next);
            case "refund" -> ORDERED_REFUNDS.contains(next);
            case "cancel" -> ORDERED_CANCELLATIONS.contains(next);
            case "reopen" -> ORDERED_REOPENINGS.contains(next);
            case "treat" -> ORDERED_TREATMENTS.contains(next);
            case "find" -> ORDERED_FINDS.contains(next);
            case "grow" -> next.equals("up");
            default -> false;
        };
    }

    /** The first clause that is only "I'm done" ({@link #DONE_CLAUSES}), or null. */
    static String saidDone(Text text) {
        if (!text.words().contains("done")) {
            return null;
        }
        for (Sentence sentence : sentences(text)) {
            for (String clause : sentence.clauses()) {
                List<String> words = Text.words(clause);
                if (DONE_CLAUSES.contains(words)) {
                    return String.join(" ", words);
                }
            }
        }
        return null;
    }

    /**
     * The last clause when it is only thanks ({@link #THANKS_CLOSINGS}, or thanks to the company by the name of its
     * handle: "thanks Expedia" to @Expedia) in a text that asks nothing (no question mark, no "please", "could",
     * "can"), or null.
     */
    static String mockingThanks(Text text) {
        if (text.words().stream().noneMatch(THANKS_WORDS::contains) || text.original().contains("?")
                || text.words().stream().anyMatch(ASKING_WORDS::contains)) {
            return null;
        }
        List<String> last = lastClause(text);
        return THANKS_CLOSINGS.contains(last) || thanksByName(last, text) ? String.join(" ", last) : null;
    }

    private static boolean thanksByName(List<String> clause, Text text) {
        if (clause.size() != 2 || !THANKING.contains(clause.get(0)) || clause.get(1).length() < MIN_NAME_LETTERS) {
            return false;
        }
        Matcher handle = HANDLE.matcher(text.original());
        while (handle.find()) {
            if (handle.group().substring(1).toLowerCase(Locale.ROOT).startsWith(clause.get(1))) {
                return true;
            }
        }
        return false;
    }

    /** What a sentence that wants a remedy refuses of the one offered ({@link #WANTED_NOT_OFFERED}), or null. */
    static String remedyRefused(Text text) {
        if (!text.words().contains("not")) {
            return null;
        }
        for (Sentence sentence : sentences(text)) {
            Matcher refused = WANTED_NOT_OFFERED.matcher(sentence.lower());
            if (refused.find()) {
                return refused.group(1).strip();
            }
        }
        return null;
    }

    /** "for this" ending a text that tells a price or a payment ({@link #PAID_FOR_THIS}), or null. */
    static String paidForThis(Text text) {
        List<String> words = text.words();
        if (words.size() < 3 || !words.subList(words.size() - 2, words.size()).equals(FOR_THIS)
                || !PRICE.matcher(text.original()).find()) {
            return null;
        }
        return String.join(" ", lastClause(text));
    }

    /** The words of the text's last clause that has any. */
    private static List<String> lastClause(Text text) {
        List<Sentence> sentences = sentences(text);
        for (int i = sentences.size() - 1; i >= 0; i--) {
            List<String> clauses = sentences.get(i).clauses();
            for (int j = clauses.size() - 1; j >= 0; j--) {
                List<String> words = Text.words(clauses.get(j));
                if (!words.isEmpty()) {
                    return words;
                }
            }
        }
        return List.of();
    }

    /** A sentence lower-cased, without the handles that open a post, and its clauses. */
    private record Sentence(String lower, List<String> clauses) {
    }

    private static List<Sentence> sentences(Text text) {
        List<Sentence> sentences = new ArrayList<>();
        for (String sentence : Questions.SENTENCE_END.split(text.original())) {
            String lower = Questions.LEADING_HANDLES.matcher(sentence.toLowerCase(Locale.ROOT)).replaceFirst("");
            sentences.add(new Sentence(lower, List.of(CLAUSE_END.split(lower))));
        }
        return sentences;
    }

    /**
     * The first "you" or "your" that is not asking or thanking ("could you", "thank you") nor a filler ("you
     * know"), or null.
     */
    static String addressed(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            if (SECOND_PERSON.contains(words.get(i)) && (i == 0 || !ASKING_BEFORE_YOU.contains(words.get(i - 1)))
                    && (i + 1 == words.size() || !words.get(i + 1).equals("know"))) {
                return words.get(i);
            }
        }
        return null;
    }

    /**
     * The words of three letters or more written in capitals (without their marks), of how many words of three
     * letters or more. A word of one letter repeated ("XXXX", as redacted complaints hide names and numbers) is
     * a placeholder, not shouting.
     */
    static Shouted shoutedWords(String original) {
        List<String> shouted = new ArrayList<>();
        int words = 0;
        int start = 0;
        int letters = 0;
        boolean lower = false;
        boolean oneLetter = true;
        char first = 0;
        for (int i = 0; i <= original.length(); i++) {
            char c = i < original.length() ? original.charAt(i) : ' ';
            if (Character.isWhitespace(c)) {
                if (letters >= 3) {
                    words++;
                    if (!lower && !oneLetter) {
                        shouted.add(original.substring(start, i).replaceAll("[^\\p{L}'\u2019]", ""));
                    }
                }
                start = i + 1;
                letters = 0;
                lower = false;
                oneLetter = true;
            } else if (Character.isLetter(c)) {
                if (letters == 0) {
                    first = c;
                }
                oneLetter &= c == first;
                letters++;
                lower |= !Character.isUpperCase(c);
            }
        }
        return new Shouted(shouted, words);
    }

    record Shouted(List<String> words, int of) {
    }
}
