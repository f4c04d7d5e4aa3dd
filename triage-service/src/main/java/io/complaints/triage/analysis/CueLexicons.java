package io.complaints.triage.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Words and phrases that signal something (a churn threat, a safety issue, a billing problem), each with a
 * rule and a weight, read from {@code triage/cues.tsv}. A word ending in '*' matches by prefix ("refund*"
 * matches "refunded"); an emoji matches itself. Each entry counts once per text however often it occurs, so repeating a word does not
 * inflate a score. All rules are matched in one pass over the text.
 */
public final class CueLexicons {

    public static final String RESOURCE = "/triage/cues.tsv";

    private record Entry(String rule, String phrase, double weight) {
    }

    /** A phrase padded with spaces (" charged twice ") and its first word, without which it is not in a text. */
    private record Phrase(Entry entry, String firstWord) {
    }

    private final Set<String> rules = new HashSet<>();
    private final Map<String, List<Entry>> words = new HashMap<>();
    private final List<Entry> prefixes = new ArrayList<>();
    private final List<Phrase> phrases = new ArrayList<>();

    private CueLexicons() {
    }

    public static CueLexicons load() {
        try (InputStream in = CueLexicons.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CueLexicons parse(BufferedReader reader) throws IOException {
        CueLexicons lexicons = new CueLexicons();
        Set<String> listed = new HashSet<>();
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t");
            if (fields.length != 3) {
                throw new IllegalArgumentException(RESOURCE + " line " + number + ": expected rule, phrase, weight");
            }
            String phrase = fields[1].trim();
            if (phrase.contains(" ") && phrase.endsWith("*")) {
                throw new IllegalArgumentException(RESOURCE + " line " + number + ": only a single word matches by prefix");
            }
            if (!listed.add(fields[0] + "\t" + phrase)) {
                // two entries of one phrase would both count, doubling its weight unseen
                throw new IllegalArgumentException(RESOURCE + " line " + number + ": " + phrase + " is listed twice for " + fields[0]);
            }
            lexicons.add(new Entry(fields[0], phrase, Double.parseDouble(fields[2])));
        }
        return lexicons;
    }

    private void add(Entry entry) {
        rules.add(entry.rule());
        if (entry.phrase().contains(" ")) {
            phrases.add(new Phrase(new Entry(entry.rule(), " " + entry.phrase() + " ", entry.weight()),
                    entry.phrase().substring(0, entry.phrase().indexOf(' '))));
        } else if (entry.phrase().endsWith("*")) {
            prefixes.add(new Entry(entry.rule(), entry.phrase().substring(0, entry.phrase().length() - 1), entry.weight()));
        } else {
            words.computeIfAbsent(entry.phrase(), word -> new ArrayList<>()).add(entry);
        }
    }

    /** The cues of every rule found in the text. */
    public Matches match(Text text) {
        Map<String, List<Cue>> found = new HashMap<>();
        Set<Entry> seen = new HashSet<>();
        for (String word : text.words()) {
            addWhole(word, seen, found);
            for (Entry prefix : prefixes) {
                if (word.startsWith(prefix.phrase()) && seen.add(prefix)) {
                    found.computeIfAbsent(prefix.rule(), rule -> new ArrayList<>()).add(new Cue(word, prefix.rule(), prefix.weight()));
                }
            }
        }
        for (String emoji : text.emoji()) {
            addWhole(emoji, seen, found);
        }
        String padded = text.padded();
        Set<String> textWords = new HashSet<>(text.words());
        for (Phrase candidate : phrases) {
            Entry phrase = candidate.entry();
            // a set of the words answers without scanning the text for most phrases
            if (textWords.contains(candidate.firstWord()) && padded.contains(phrase.phrase())) {
                found.computeIfAbsent(phrase.rule(), rule -> new ArrayList<>())
                        .add(new Cue(phrase.phrase().trim(), phrase.rule(), phrase.weight()));
            }
        }
        return new Matches(found);
    }

    /** The entries of a whole word or emoji not yet found in the text. */
    private void addWhole(String token, Set<Entry> seen, Map<String, List<Cue>> found) {
        for (Entry entry : words.getOrDefault(token, List.of())) {
            if (seen.add(entry)) {
                found.computeIfAbsent(entry.rule(), rule -> new ArrayList<>()).add(new Cue(token, entry.rule(), entry.weight()));
            }
        }
    }

    public void requireRule(String rule) {
        if (!rules.contains(rule)) {
            throw new IllegalArgumentException("No cue rule " + rule + " in " + RESOURCE);
        }
    }

    /** What one text matched, by rule. */
    public static final class Matches {
        private final Map<String, List<Cue>> byRule;

        private Matches(Map<String, List<Cue>> byRule) {
            this.byRule = byRule;
        }

        public List<Cue> cues(String rule) {
            return byRule.getOrDefault(rule, List.of());
        }

        /** These matches without the cue {@code word} of {@code rule}: a word the text uses in another sense. */
        public Matches without(String rule, String word) {
            Map<String, List<Cue>> kept = new HashMap<>(byRule);
            kept.computeIfPresent(rule, (key, cues) -> {
                List<Cue> others = cues.stream().filter(cue -> !cue.cue().equals(word)).toList();
                return others.isEmpty() ? null : others;
            });
            return new Matches(kept);
        }

        public double total(String rule) {
            return total(cues(rule));
        }

        public static double total(List<Cue> cues) {
            double total = 0;
            for (Cue cue : cues) {
                total += cue.weight();
            }
            return total;
        }
    }
}
