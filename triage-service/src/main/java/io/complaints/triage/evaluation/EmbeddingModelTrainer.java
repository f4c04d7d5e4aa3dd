package io.complaints.triage.evaluation;

import io.complaints.triage.analysis.Category;
import io.complaints.triage.analysis.EmbeddingClassifiers;
import io.complaints.triage.analysis.LinearClassifier;
import io.complaints.triage.analysis.SentenceEmbedding;
import io.complaints.triage.analysis.SentimentClassifier;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Trains the two linear models over the sentence embedding from ../shared/data:
 * sentiment on the same sentences as the word classifier (UCI yelp and imdb, CC BY 4.0; VADER movie snippets
 * rated clearly, MIT), category on the CFPB complaint narratives whose issue maps to a category (US public
 * domain) with the imdb sentences as examples of none of them ("other"), so that a text unlike any of those
 * complaints is not pushed into one. Deterministic for a given machine (ONNX Runtime's arithmetic may differ in the last bits between CPUs).
 *
 * <pre>./mvnw -pl triage-service -Ptrain-embedding-models compile exec:java</pre>
 */
public final class EmbeddingModelTrainer {

    static final LinearTraining.Settings SENTIMENT = new LinearTraining.Settings(1e-3, 400, 1.0, false);
    static final LinearTraining.Settings CATEGORY = new LinearTraining.Settings(3e-5, 800, 1.0, true);
    static final List<String> SENTIMENT_CLASSES = List.of(SentimentClassifier.NEGATIVE, SentimentClassifier.POSITIVE);

    private EmbeddingModelTrainer() {
    }

    public static void main(String[] args) throws IOException {
        Path resources = Path.of(args.length > 0 ? args[0] : "src/main/resources");
        try (SentenceEmbedding embedding = SentenceEmbedding.shipped(Runtime.getRuntime().availableProcessors())) {
            Embeddings embeddings = new Embeddings(embedding);
            List<LabelledData.Labelled> sentences = SentimentModelTrainer.trainingSet();
            write(sentiment(sentences, embeddings), resources.resolve(EmbeddingClassifiers.SENTIMENT_RESOURCE.substring(1)));
            List<LabelledData.CfpbComplaint> complaints = categorized(LabelledData.cfpb());
            write(category(complaints, embeddings), resources.resolve(EmbeddingClassifiers.CATEGORY_RESOURCE.substring(1)));
            System.out.printf("Trained on %d sentences and %d CFPB narratives from %s%n",
                    sentences.size(), complaints.size(), LabelledData.directory());
        }
    }

    private static void write(LinearClassifier model, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            model.write(out);
        }
        System.out.printf("wrote %s (%d bytes)%n", file, Files.size(file));
    }

    public static LinearClassifier sentiment(List<LabelledData.Labelled> sentences, Embeddings embeddings) {
        List<LinearTraining.Example> examples = new ArrayList<>();
        float[][] vectors = embeddings.of(sentences.stream().map(LabelledData.Labelled::text).toList());
        for (int i = 0; i < vectors.length; i++) {
            examples.add(new LinearTraining.Example(vectors[i], sentences.get(i).positive() ? 1 : 0));
        }
        return LinearTraining.train(SENTIMENT_CLASSES, examples, SENTIMENT);
    }

    /** The complaints whose CFPB issue maps to one of our categories. */
    public static List<LabelledData.CfpbComplaint> categorized(List<LabelledData.CfpbComplaint> complaints) {
        return complaints.stream().filter(c -> LabelledData.CFPB_ISSUE_CATEGORY.containsKey(c.issue())).toList();
    }

    public static LinearClassifier category(List<LabelledData.CfpbComplaint> complaints, Embeddings embeddings) throws IOException {
        List<String> classes = new ArrayList<>(new TreeSet<>(LabelledData.CFPB_ISSUE_CATEGORY.values()));
        classes.add(Category.OTHER.code());
        List<LinearTraining.Example> examples = new ArrayList<>();
        float[][] others = embeddings.of(LabelledData.sentences(SentimentModelTrainer.IMDB).stream().map(LabelledData.Labelled::text).toList());
        for (float[] other : others) {
            examples.add(new LinearTraining.Example(other, classes.indexOf(Category.OTHER.code())));
        }
        float[][] vectors = embeddings.of(complaints.stream().map(LabelledData.CfpbComplaint::narrative).toList());
        for (int i = 0; i < vectors.length; i++) {
            examples.add(new LinearTraining.Example(vectors[i],
                    classes.indexOf(LabelledData.CFPB_ISSUE_CATEGORY.get(complaints.get(i).issue()))));
        }
        return LinearTraining.train(classes, examples, CATEGORY);
    }

    /** Sentence embeddings remembered by text, so cross-validation embeds each text once. */
    public static final class Embeddings {
        private final SentenceEmbedding embedding;
        private final Map<String, float[]> known = new HashMap<>();

        public Embeddings(SentenceEmbedding embedding) {
            this.embedding = embedding;
        }

        public float[][] of(List<String> texts) {
            List<String> missing = texts.stream().filter(text -> !known.containsKey(text)).distinct().toList();
            float[][] computed = embedding.embedAll(missing);
            for (int i = 0; i < computed.length; i++) {
                known.put(missing.get(i), computed[i]);
            }
            return texts.stream().map(known::get).toArray(float[][]::new);
        }
    }
}
