package io.complaints.triage.analysis;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Time told is language no lexicon lists, as the number changes. A wait told in time complains: "waited 15 mins for a
 * latte", "45 minutes on hold", "on hold for over an hour", "ordered 3 weeks ago, still shows processing" (a wait word
 * followed within five words by a length of time, a length of time followed by where one waits, a length of time taken
 * that was too long ("the food took over an hour"), a length of time ago with "still" after it, or a trouble told from
 * when it began: "pending since Friday", "no hot water since 6am"). A fix told in minutes, hours or a day praises: "Sam
 * fixed the overcharge in 5 minutes", "repair was done in an hour", "money back in two days", "solved in minutes",
 * "fixed my router settings in no time", "delivered to the hotel the next morning", "refunded by lunchtime" (a word of
 * getting something done, then within four words "in" or "within" and the time, or "the same day", "the next morning",
 * "by the evening"; a visit made, "came the next day", too; with no "supposed", "promised", "should", "told" or negation
 * before it), and so does an arrival early by a time told ("landed 20 minutes early"). The sentiment classifiers
 * learned from reviews, where an hour is mostly an hour waited, and read a quick fix as negative. A failure counted in
 * times complains too ("cut off mid-call five times in one day", "asked multiple times"), and so does an amount paid
 * for against the one got ("paying for 300mbps and getting 12").
 */
final class TimeTold {

    static final double WAIT_WEIGHT = -0.3;
    static final double QUICK_FIX_WEIGHT = 0.3;
    static final double REPEAT_WEIGHT = -0.25;
    static final double SHORTFALL_WEIGHT = -0.3;

    private static final Set<String> WAITING = Set.of("wait", "waited", "waiting", "waits", "queued", "queuing", "queueing",
            "hold", "stuck", "stranded", "delayed", "late", "trying", "calling");
    /** A length of time told without a number: "for days", "for hours". */
    private static final Set<String> UNCOUNTED_UNITS = Set.of("hours", "days", "weeks", "months", "ages");
    private static final Set<String> AMOUNTS = Set.of("a", "an", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "ninety",
            "half", "several", "few", "couple", "many");
    private static final Pattern UNIT = Pattern.compile("(min|mins|minute|minutes|hr|hrs|hour|hours|day|days|week|weeks|month|months)");
    private static final Pattern NUMBER_AND_UNIT = Pattern.compile("\\d+(min|mins|minutes|h|hr|hrs|hours)");
    /** Where a length of time before them was spent waiting: "two hours on the tarmac". */
    private static final List<String> WAITED_WHERE = List.of("waiting", "on hold", "in line", "in the queue", "in a queue",
            "on the phone", "on the tarmac", "at the gate", "on the line", "late", "delayed", "delay", "wait", "queue");
    private static final int REACH = 5;
    /** Taking a length of time ({@link #tookLonger}). */
    private static final Set<String> TAKING = Set.of("took", "takes", "taking", "take");
    /** Before a length of time taken, how it was too long: "took over an hour" ({@link #tookLonger}). */
    private static final Set<String> LONGER_THAN = Set.of("over", "nearly", "almost");
    /** A time ahead of when it was due is no wait: "worried it would be late but it came a day early". */
    private static final Set<String> AHEAD = Set.of("early", "earlier", "ahead", "sooner");
    /** A thing not done so far: "hasn't been plowed", "never came" (not "not going back for 2 weeks"). */
    private static final Set<String> NOT_YET = Set.of("hasn't", "haven't", "hasnt", "havent", "never");
    /** A trouble not had for a time is praise: "never had a problem in 5 years". */
    private static final Set<String> TROUBLES = Set.of("problem", "problems", "issue", "issues", "complaint", "complaints",
            "trouble", "fault", "faults", "outage", "outages", "glitch", "hiccup", "complain", "worries", "bother");
    /** What has gone wrong and stays so, told from when: "pending since Friday", "in the queue since june". */
    private static final Set<String> STILL_WRONG = Set.of("pending", "waiting", "down", "broken", "stuck", "off", "out",
            "dropping", "closed", "missing", "offline", "frozen", "locked", "no", "nothing", "hasn't", "haven't",
            "hasnt", "havent", "without", "unable", "can't", "cannot", "cant", "keeps", "trying", "calling", "queue");
    /** When a trouble began, after "since" (not the "since" of a reason: "since the vegan only visits once"). */
    private static final Set<String> BEGINNINGS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december", "yesterday", "last", "this", "early", "mid", "christmas", "easter");
    private static final Set<String> BEGINNING_EVENTS = Set.of("weekend", "morning", "update", "upgrade", "storm",
            "outage", "move", "start", "beginning", "new", "last", "engineer", "install", "installation");
    private static final Set<String> DONE = Set.of("fixed", "sorted", "solved", "resolved", "done", "delivered", "arrived",
            "replaced", "refunded", "answered", "replied", "responded", "approved", "here", "repaired", "back", "processed",
            "restored", "sent", "reconnected", "credited", "brought", "switched", "swapped", "changed", "updated",
            "upgraded", "installed", "fitted", "unblocked", "unlocked", "activated", "reactivated", "paid", "settled",
            "built", "assembled", "cleared", "rebooked");
    private static final Set<String> NOT_DONE = Set.of("supposed", "should", "promised", "said", "would", "will", "meant",
            "expected", "not", "never", "wasn't", "weren't", "isn't", "hasn't", "haven't", "didn't", "won't", "if", "until",
            "told", "i'd", "we'd", "guaranteed");
    /** The time something was due: "a day before the estimate". */
    private static final Set<String> DUE = Set.of("estimate", "estimated", "expected", "due", "scheduled", "promised");
    /** What arrives: early by a time told, it beat the time it was due. */
    private static final Set<String> ARRIVED = Set.of("arrived", "landed", "delivered", "came", "here", "turned", "got",
            "pulled", "finished", "ready", "done", "shipped", "dispatched");
    private static final Set<String> QUICK_UNITS = Set.of("min", "mins", "minute", "minutes", "hr", "hrs", "hour", "hours",
            "day");
    /** Days are quick only a day or two: "money back in two days", not "delivered in 10 days". */
    private static final Set<String> FEW = Set.of("a", "one", "two", "couple", "1", "2");
    /** A time too short to count: "solved my roaming issue in minutes". */
    private static final Set<String> MOMENTS = Set.of("minutes", "mins", "seconds", "moments");
    private static final int DONE_REACH = 4;
    private static final Set<String> AT_ONCE = Set.of("immediately", "instantly");
    private static final Set<String> WANTED = Set.of("be", "please", "must", "need", "needs", "want", "request",
            "requesting", "demand", "demanding", "expect", "asked", "asking");
    private static final Set<String> WRITER = Set.of("i", "we", "i've", "ive", "we've");
    private static final int WANTED_REACH = 3;
    private static final Set<String> DAY_AFTER = Set.of("same", "next", "following");
    private static final Set<String> PART_OF_DAY = Set.of("day", "morning", "afternoon", "evening", "night");
    /** After "by" (and "the"), a time later the same day: "refunded by lunchtime", "back on by the evening". */
    private static final Set<String> SOON = Set.of("lunchtime", "lunch", "teatime", "noon", "midday", "tonight",
            "morning", "afternoon", "evening");
    /** Done, or a visit made ("the engineer came the next day"), by a time within a day. */
    private static final Set<String> DONE_OR_CAME = Stream.concat(DONE.stream(), Stream.of("came", "turned"))
            .collect(Collectors.toUnmodifiableSet());
    private static final Set<String> REPEAT_COUNTS = Set.of("two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "several", "many", "multiple", "countless", "numerous", "dozen");
    /** What is done over and over when something goes wrong; "eaten here many times" is no failure. */
    private static final Set<String> TRIED = Set.of("asked", "called", "rang", "phoned", "emailed", "messaged", "wrote",
            "written", "tried", "chased", "reported", "contacted", "complained", "explained", "told", "cut", "charged",
            "declined", "cancelled", "canceled", "crashed", "failed", "dropped", "delayed", "rescheduled", "disconnected",
            "returned", "resent", "repeated", "fix", "fixed", "happened", "broken", "broke");
    /**
     * Asked why a thing keeps happening, it is a trouble that recurs: "why does my playlist keep playing the same 20
     * songs", "why do you keep sending me these".
     */
    private static final Set<String> KEEPING = Set.of("keep", "keeps");
    private static final Set<String> ASKING_WHY = Set.of("why");
    /** What follows the "why" of a question ("why does", "why do you"; not "that's why I keep coming back"). */
    private static final Set<String> ASKING_VERBS = Set.of("does", "do", "did", "is", "are", "was", "were", "has", "have",
            "can", "will", "would", "doesn't", "don't", "didn't", "isn't", "won't", "doesnt", "dont", "didnt", "isnt");
    private static final int KEEPS_REACH = 6;
    private static final Set<String> REPEAT_ORDINALS = Set.of("second", "third", "fourth", "fifth", "sixth", "seventh",
            "eighth", "ninth", "tenth", "umpteenth", "nth");
    private static final Pattern NUMBERED_ORDINAL = Pattern.compile("(\\d{1,2})(st|nd|rd|th)");
    /** What is counted by its order when it keeps going wrong: "third delay today". */
    private static final Set<String> REPEATED_TROUBLES = Set.of("delay", "outage", "cancellation", "breakdown",
            "failure", "disconnection", "crash", "complaint", "missed");
    /**
     * A contact counted by its order from the third on, as one writes again when nothing was done: "This is the fourth
     * email I've sent" (a second one is often only a follow-up).
     */
    private static final Set<String> REPEATED_CONTACTS = Set.of("email", "call", "message", "chat", "ticket",
            "attempt");
    /** Before "the 4th time", what went wrong: "down for the 4th time this week". */
    private static final Set<String> GONE_WRONG = Set.of("down", "broken", "broke", "cancelled", "canceled", "delayed",
            "crashed", "failed", "late", "dropped", "out", "missing", "lost", "declined", "charged", "wrong",
            "stuck", "offline", "frozen", "cut");
    private static final Set<String> PAYING = Set.of("pay", "pays", "paying", "paid");
    private static final Set<String> GETTING = Set.of("get", "gets", "getting", "got", "receive", "receiving", "received");
    private static final int SHORTFALL_REACH = 4;
    private static final Pattern LEADING_NUMBER = Pattern.compile("^\\d+");
    /** "5 times more", "3 times a week", "many times as much": a comparison or a rate, no count of failures. */
    private static final Set<String> NOT_REPEATS = Set.of("more", "less", "as", "a", "an", "per", "each", "every",
            "daily", "weekly", "monthly", "yearly", "the");

    private TimeTold() {
    }

    /** Complaint language: at most one cue, as one wait told is enough to say the text complains of waiting. */
    static List<Cue> waits(Text text) {
        List<String> words = text.words();
        for (int i = 0; i < words.size(); i++) {
            int length = durationAt(words, i);
            if (length == 0) {
                continue;
            }
            int end = i + length;
            if (end < words.size() && AHEAD.contains(words.get(end))) {
                continue;
            }
            int wait = nearestBefore(words, i, WAITING, REACH);
            if (wait >= 0) {
                return List.of(new Cue(span(words, wait, end), TriageAnalyzer.COMPLAINT_LANGUAGE_RULE, WAIT_WEIGHT));
            }
            int taking = tookLonger(words, i);
            if (taking >= 0) {
                return List.of(new Cue(span(words, taking, end), TriageAnalyzer.COMPLAINT_LANGUAGE_RULE, WAIT_WEIGHT));
            }
            if (waitedWhere(words, end) || agoThenStill(words, end) || notDoneWithin(words, i)) {
                return List.of(new Cue(span(words, i, Math.min(words.size(), end + 2)), TriageAnalyzer.COMPLAINT_LANGUAGE_RULE, WAIT_WEIGHT));
            }
        }
        return wrongSince(words);
    }

    /** Something wrong told from when it began: "pending since Friday", "dropping out every night since the storm". */
    private static List<Cue> wrongSince(List<String> words) {
        for (int i = 1; i + 1 < words.size(); i++) {
            if (words.get(i).equals("since") && isBeginning(words, i + 1)) {
                int wrong = nearestBefore(words, i, STILL_WRONG, REACH);
                if (wrong >= 0) {
                    Cue since = new Cue(span(words, wrong, i + 2), TriageAnalyzer.COMPLAINT_LANGUAGE_RULE, WAIT_WEIGHT);
                    return List.of(since);
                }
            }
        }
        return List.of();
    }

    /**
     * Complaint language: a thing gone wrong or tried in vain counted in times, a word of trying or failing within
     * five words before ("cut off five times in one day", "called 3 times"; not "eaten here many times"), and not a
     * comparison or a rate ("5 times faster", "3 times a week"); a trouble counted by its order ("third delay today",
     * {@link #isOrdinalRepeat}); or asked why a thing keeps happening ({@link #KEEPING}).
     */
    static List<Cue> repeats(Text text) {
        List<String> words = text.words();
        for (int i = 0; i + 1 < words.size(); i++) {
            if (words.get(i + 1).equals("times") && isRepeatCount(words.get(i)) && nearestBefore(words, i, TRIED, REACH) >= 0
                    && (i + 2 == words.size() || !NOT_REPEATS.contains(words.get(i + 2)) && !words.get(i + 2).endsWith("er"))) {
                return List.of(new Cue(words.get(i) + " times", TriageAnalyzer.COMPLAINT_LANGUAGE_RULE, REPEAT_WEIGHT));
            }
            if (isOrdinalRepeat(words, i)) {
                return List.of(new Cue(words.get(i) + " " + words.get(i + 1), TriageAnalyzer.COMPLAINT_LANGUAGE_RULE, REPEAT_WEIGHT));
            }
            if (KEEPING.contains(words.get(i)) && words.get(i + 1).endsWith("ing") && asksWhyBefore(words, i)) {
                return List.of(new Cue("why ... " + words.get(i) + " " + words.get(i + 1), TriageAnalyzer.COMPLAINT_LANGUAGE_RULE, REPEAT_WEIGHT));
            }
        }
        return List.of();
    }

    /**
     * Complaint language: an amount paid for and another one got ("paying for 300mbps and getting 12", "paid for 2
     * bags, got 1"): a number within two words after "paying for", a word of getting within four words after it, and
     * a different number within three words after that.
     */
    static List<Cue> shortfalls(Text text) {
        List<String> words = text.words();
        for (int i = 0; i + 2 < words.size(); i++) {
            if (!PAYING.contains(words.get(i)) || !words.get(i + 1).equals("for")) {
                continue;
            }
            int paid = numberWithin(words, i + 2, 2);
            for (int j = paid + 1; paid >= 0 && j <= Math.min(words.size() - 1, paid + SHORTFALL_REACH); j++) {
                int got = GETTING.contains(words.get(j)) ? numberWithin(words, j + 1, 3) : -1;
                if (got >= 0 && !amount(words.get(got)).equals(amount(words.get(paid)))) {
                    return List.of(new Cue(span(words, i, got + 1), TriageAnalyzer.COMPLAINT_LANGUAGE_RULE, SHORTFALL_WEIGHT));
                }
            }
        }
        return List.of();
    }

    /** The first word from {@code from} on, within {@code reach} words, that opens with a number; -1 if none. */
    private static int numberWithin(List<String> words, int from, int reach) {
        for (int j = from; j < Math.min(words.size(), from + reach); j++) {
            if (Character.isDigit(words.get(j).charAt(0))) {
                return j;
            }
        }
        return -1;
    }

    private static String amount(String word) {
        Matcher number = LEADING_NUMBER.matcher(word);
        return number.find() ? number.group() : word;
    }

    /**
     * A trouble counted by its order: "third delay today", "oh good, another cancellation", "down for the 4th time this
     * week" (a word of trouble within five words before "time"); not "my third time visiting", "another time".
     */
    private static boolean isOrdinalRepeat(List<String> words, int i) {
        String counted = words.get(i + 1);
        if (words.get(i).equals("another")) {
            return REPEATED_TROUBLES.contains(counted);
        }
        if (!isRepeatOrdinal(words.get(i))) {
            return false;
        }
        return REPEATED_TROUBLES.contains(counted)
                || counted.equals("time") && nearestBefore(words, i, GONE_WRONG, REACH) >= 0
                || REPEATED_CONTACTS.contains(counted) && !words.get(i).equals("second") && !words.get(i).equals("2nd");
    }

    private static boolean isRepeatOrdinal(String word) {
        Matcher numbered = NUMBERED_ORDINAL.matcher(word);
        return REPEAT_ORDINALS.contains(word) || numbered.matches() && Integer.parseInt(numbered.group(1)) >= 2;
    }

    private static boolean asksWhyBefore(List<String> words, int i) {
        int why = nearestBefore(words, i, ASKING_WHY, KEEPS_REACH);
        return why >= 0 && ASKING_VERBS.contains(words.get(why + 1));
    }

    private static boolean isRepeatCount(String word) {
        return REPEAT_COUNTS.contains(word) || word.chars().allMatch(Character::isDigit) && !word.isEmpty()
                && word.length() <= 2 && Integer.parseInt(word) >= 2;
    }

    /**
     * Praise language: at most one cue, a fix done in minutes, hours or a day, or an arrival early by a time told
     * ("landed 20 minutes early", "delivered a day early"; not "the bus left 5 minutes early").
     */
    static List<Cue> quickFixes(Text text) {
        List<String> words = text.words();
        for (int i = 1; i + 1 < words.size(); i++) {
            int early = durationAt(words, i);
            if (early > 0 && isEarly(words, i + early)) {
                int arrived = nearestBefore(words, i, ARRIVED, DONE_REACH);
                if (arrived >= 0 && nearestBefore(words, arrived, NOT_DONE, REACH) < 0) {
                    return List.of(new Cue(span(words, arrived, i + early + 1), TriageAnalyzer.PRAISE_LANGUAGE_RULE, QUICK_FIX_WEIGHT));
                }
            }
            int dayAfter = dayAfterLength(words, i);
            if (dayAfter > 0) {
                int done = nearestBefore(words, i, DONE_OR_CAME, DONE_REACH);
                if (done >= 0 && nearestBefore(words, done, NOT_DONE, REACH) < 0) {
                    return List.of(new Cue(span(words, done, i + dayAfter), TriageAnalyzer.PRAISE_LANGUAGE_RULE, QUICK_FIX_WEIGHT));
                }
            }
            if (!words.get(i).equals("in") && !words.get(i).equals("within")) {
                continue;
            }
            // a moment ("in minutes", "in no time") or a number with its unit ("in 10mins") is quick
            int moment = MOMENTS.contains(words.get(i + 1)) ? 1 : isNoTime(words, i + 1) ? 2 : 0;
            int length = moment > 0 ? moment : durationAt(words, i + 1);
            if (length == 0 || moment == 0 && length > 1 && !isQuick(words.get(i + 1), words.get(i + length))) {
                continue;
            }
            int done = nearestBefore(words, i, DONE, DONE_REACH);
            if (done >= 0 && nearestBefore(words, done, NOT_DONE, REACH) < 0) {
                return List.of(new Cue(span(words, done, i + 1 + length), TriageAnalyzer.PRAISE_LANGUAGE_RULE, QUICK_FIX_WEIGHT));
            }
        }
        return doneAtOnce(words);
    }

    /**
     * A fix done at once: "refunded straight away", "replaced it immediately"; not one wanted ("should have been fixed
     * right away", "I request that you delete it immediately", "must be removed immediately"), nor the writer's own
     * doing ("I sent them a letter immediately").
     */
    private static List<Cue> doneAtOnce(List<String> words) {
        for (int i = 1; i < words.size(); i++) {
            String next = i + 1 < words.size() ? words.get(i + 1) : "";
            int length = AT_ONCE.contains(words.get(i)) ? 1 : (words.get(i).equals("straight") || words.get(i).equals("right")) && next.equals("away") ? 2 : 0;
            int done = length > 0 ? nearestBefore(words, i, DONE, DONE_REACH) : -1;
            if (done >= 0 && nearestBefore(words, done, NOT_DONE, REACH) < 0 && nearestBefore(words, done, WANTED, WANTED_REACH) < 0
                    && nearestBefore(words, done, WRITER, WANTED_REACH) < 0) {
                return List.of(new Cue(span(words, done, i + length), TriageAnalyzer.PRAISE_LANGUAGE_RULE, QUICK_FIX_WEIGHT));
            }
        }
        return List.of();
    }

    /**
     * "early", "earlier than" ("came 20 mins earlier than it said"), or before the time it was due ("turned up a day
     * before the estimate").
     */
    private static boolean isEarly(List<String> words, int i) {
        String word = i < words.size() ? words.get(i) : "";
        String next = i + 1 < words.size() ? words.get(i + 1) : "";
        String afterNext = i + 2 < words.size() ? words.get(i + 2) : "";
        return switch (word) {
            case "early" -> true;
            case "earlier" -> next.equals("than");
            case "before" -> DUE.contains(next) || next.equals("the") && DUE.contains(afterNext);
            default -> false;
        };
    }

    /**
     * How many words from {@code i} tell a time within a day, or 0: "the same day", "same day", "the next morning",
     * "the following evening", "by lunchtime", "by the evening", "by the next morning". Done by then, a fix is quick.
     * Not "next day" without "the", which is mostly a delivery paid for.
     */
    private static int dayAfterLength(List<String> words, int i) {
        String word = words.get(i);
        if (word.equals("by")) {
            int next = i + 1 < words.size() && words.get(i + 1).equals("the") ? i + 2 : i + 1;
            if (next < words.size() && SOON.contains(words.get(next))) {
                return next - i + 1;
            }
            return isDayAfter(words, i + 1) ? 4 : 0;
        }
        if (isDayAfter(words, i)) {
            return 3;
        }
        return word.equals("same") && i + 1 < words.size() && words.get(i + 1).equals("day") ? 2 : 0;
    }

    private static boolean isDayAfter(List<String> words, int the) {
        return the + 2 < words.size() && words.get(the).equals("the") && DAY_AFTER.contains(words.get(the + 1))
                && PART_OF_DAY.contains(words.get(the + 2));
    }

    private static boolean isNoTime(List<String> words, int i) {
        return i + 1 < words.size() && words.get(i).equals("no") && words.get(i + 1).equals("time");
    }

    private static boolean isQuick(String amount, String unit) {
        return QUICK_UNITS.contains(unit) || unit.equals("days") && FEW.contains(amount);
    }

    /** How many words from {@code i} tell a length of time ("15 mins", "an hour", "45min"), or 0. */
    private static int durationAt(List<String> words, int i) {
        String word = words.get(i);
        if (NUMBER_AND_UNIT.matcher(word).matches()) {
            return 1;
        }
        if (word.equals("for") && i + 1 < words.size() && UNCOUNTED_UNITS.contains(words.get(i + 1))) {
            return 2;
        }
        if (!isAmount(word)) {
            return 0;
        }
        int next = i + 1;
        if (next < words.size() && (words.get(next).equals("of")
                || word.equals("half") && (words.get(next).equals("an") || words.get(next).equals("a")))) {
            next++; // "a couple of days", "half an hour"
        }
        if (next >= words.size() || !UNIT.matcher(words.get(next)).matches()
                || (word.equals("a") || word.equals("one")) && words.get(next).startsWith("min")) {
            return 0; // "wait a minute" is no wait
        }
        return next - i + 1;
    }

    /**
     * Where the word of taking is that says the length of time at {@code i} was too long: "the food took over an hour",
     * "took more than 3 weeks to arrive", "takes nearly 40 minutes"; or -1 ("took 2 days", "took over the account").
     */
    private static int tookLonger(List<String> words, int i) {
        int qualifier;
        if (i >= 2 && words.get(i - 1).equals("than") && words.get(i - 2).equals("more")) {
            qualifier = i - 2;
        } else if (i >= 1 && LONGER_THAN.contains(words.get(i - 1))) {
            qualifier = i - 1;
        } else {
            return -1;
        }
        return qualifier >= 1 && TAKING.contains(words.get(qualifier - 1)) ? qualifier - 1 : -1;
    }

    private static boolean isAmount(String word) {
        return AMOUNTS.contains(word) || !word.isEmpty() && word.chars().allMatch(Character::isDigit);
    }

    private static boolean isBeginning(List<String> words, int i) {
        String word = words.get(i);
        return BEGINNINGS.contains(word) || !word.isEmpty() && Character.isDigit(word.charAt(0))
                || word.equals("the") && i + 1 < words.size() && BEGINNING_EVENTS.contains(words.get(i + 1));
    }

    /** Where the nearest word of {@code wanted} within {@code reach} words before {@code i} is, or -1. */
    private static int nearestBefore(List<String> words, int i, Set<String> wanted, int reach) {
        for (int j = i - 1; j >= Math.max(0, i - reach); j--) {
            if (wanted.contains(words.get(j))) {
                return j;
            }
        }
        return -1;
    }

    private static boolean waitedWhere(List<String> words, int end) {
        String after = " " + String.join(" ", words.subList(end, Math.min(words.size(), end + 3))) + " ";
        return WAITED_WHERE.stream().anyMatch(place -> after.startsWith(" " + place + " "));
    }

    /**
     * A length of time after "in" or "for" that something has not been done in: "the parking lot hasn't been plowed in
     * two days", "haven't heard back in 3 weeks"; not a trouble that has not come ("never had a problem in 5 years").
     */
    private static boolean notDoneWithin(List<String> words, int duration) {
        if (duration == 0 || !(words.get(duration - 1).equals("in") || words.get(duration - 1).equals("for"))) {
            return false;
        }
        int notDone = nearestBefore(words, duration - 1, NOT_YET, REACH + 1);
        return notDone >= 0 && words.subList(notDone, duration).stream().noneMatch(TROUBLES::contains);
    }

    private static boolean agoThenStill(List<String> words, int end) {
        return end < words.size() && words.get(end).equals("ago") && words.subList(end, words.size()).contains("still");
    }

    private static String span(List<String> words, int from, int to) {
        return String.join(" ", words.subList(from, to));
    }
}
