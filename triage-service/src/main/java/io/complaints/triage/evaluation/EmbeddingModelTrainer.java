package io.complaints.triage.evaluation;

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
import java.util.function.Function;

/**
 * Trains the linear sentiment models over the sentence embedding from ../shared/data, one over each of its
 * readings: the sentence model's vector and the quick vector of the text's word pieces, on the same sentences
 * as the word classifier (UCI yelp and imdb, CC BY 4.0; VADER movie snippets rated clearly, MIT). Deterministic for a given machine (ONNX Runtime's arithmetic may differ in the last bits between CPUs).
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
            Embeddings sentenceVectors = Embeddings.ofSentences(embedding);
            Embeddings pieceVectors = Embeddings.ofPieces(embedding);
            List<LabelledData.Labelled> sentences = SentimentModelTrainer.trainingSet();
            write(sentiment(sentences, sentenceVectors), resources.resolve(EmbeddingClassifiers.SENTIMENT_RESOURCE.substring(1)));
            write(sentiment(sentences, pieceVectors), resources.resolve(EmbeddingClassifiers.PIECES_SENTIMENT_RESOURCE.substring(1)));
            System.out.printf("Trained on %d sentences from %s%n", sentences.size(), LabelledData.directory());
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

    /** A text's vectors of one kind remembered by text, so cross-validation embeds each text once. */
    public static final class Embeddings {
        private final Function<List<String>, float[][]> embedder;
        private final Map<String, float[]> known = new HashMap<>();

        private Embeddings(Function<List<String>, float[][]> embedder) {
            this.embedder = embedder;
        }

        /** {@link SentenceEmbedding#embed}: the sentence model's vectors. */
        public static Embeddings ofSentences(SentenceEmbedding embedding) {
            return new Embeddings(embedding::embedAll);
        }

        /** {@link SentenceEmbedding#embedPieces}: the quick vectors of the texts' word pieces. */
        public static Embeddings ofPieces(SentenceEmbedding embedding) {
            return new Embeddings(texts -> texts.stream().map(embedding::embedPieces).toArray(float[][]::new));
        }

        public float[][] of(List<String> texts) {
            List<String> missing = texts.stream().filter(text -> !known.containsKey(text)).distinct().toList();
            float[][] computed = embedder.apply(missing);
            for (int i = 0; i < computed.length; i++) {
                known.put(missing.get(i), computed[i]);
            }
            return texts.stream().map(known::get).toArray(float[][]::new);
        }
    }
}
