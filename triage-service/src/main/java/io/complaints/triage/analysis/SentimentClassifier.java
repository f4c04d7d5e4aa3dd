package io.complaints.triage.analysis;

import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An Apache OpenNLP maximum-entropy document classifier (words and word pairs, with negation scope marked)
 * that gives the probability a text is positive. It catches what a lexicon misses ("the crust is not good",
 * "never been back"). The model is trained by SentimentModelTrainer; see the module README.
 */
public final class SentimentClassifier {

    public static final String MODEL_RESOURCE = "/triage/sentiment-maxent.bin";
    public static final String POSITIVE = "positive";
    public static final String NEGATIVE = "negative";

    private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "nothing", "none", "nobody",
            "nowhere", "neither", "nor", "cannot", "without", "dont", "cant", "wont", "didnt", "isnt", "wasnt");

    private final DoccatModel model;
    private final ThreadLocal<DocumentCategorizerME> categorizer;
    private final int positiveIndex;

    public SentimentClassifier(DoccatModel model) {
        this.model = model;
        this.categorizer = ThreadLocal.withInitial(() -> new DocumentCategorizerME(model));
        this.positiveIndex = categorizer.get().getIndex(POSITIVE);
    }

    public static SentimentClassifier shipped() {
        return ModelResource.load(MODEL_RESOURCE, in -> new SentimentClassifier(new DoccatModel(in)));
    }

    public DoccatModel model() {
        return model;
    }

    public double positiveProbability(String text) {
        return categorizer.get().categorize(tokens(text))[positiveIndex];
    }

    /**
     * Lower-case words; every word after a negation up to the next punctuation mark gets a "not_" prefix, so
     * "not good" and "good" are different features.
     */
    public static String[] tokens(String text) {
        List<String> tokens = new ArrayList<>();
        String lower = text.toLowerCase(Locale.ROOT);
        boolean negated = false;
        int start = -1;
        for (int i = 0; i <= lower.length(); i++) {
            char c = i < lower.length() ? lower.charAt(i) : ' ';
            boolean wordChar = Character.isLetterOrDigit(c) || c == '\'';
            if (wordChar) {
                if (start < 0) {
                    start = i;
                }
                continue;
            }
            if (start >= 0) {
                String word = lower.substring(start, i).replace("'", "");
                if (!word.isEmpty()) {
                    tokens.add(negated ? "not_" + word : word);
                    if (NEGATIONS.contains(word) || word.endsWith("nt") && lower.substring(start, i).endsWith("n't")) {
                        negated = true;
                    }
                }
                start = -1;
            }
            if (c == '.' || c == ',' || c == '!' || c == '?' || c == ';' || c == ':') {
                negated = false;
            }
        }
        return tokens.toArray(new String[0]);
    }
}
