package io.complaints.triage.evaluation;

import io.complaints.triage.analysis.EmbeddingClassifiers;
import io.complaints.triage.analysis.LinearClassifier;
import io.complaints.triage.analysis.SentenceEmbedding;
import io.complaints.triage.analysis.SentenceEstimate;
import io.complaints.triage.analysis.SentimentClassifier;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Trains from ../shared/data what triage reads from the sentence embedding: the linear sentiment model over the
 * sentence model's vectors, on the same sentences as the word classifier (UCI yelp and imdb, CC BY 4.0; VADER
 * movie snippets rated clearly, MIT; the posts written for this project, {@link WrittenPosts}), and the
 * {@link SentenceEstimate} of those vectors from a text's word pieces, fitted on the same sentences and the CFPB
 * complaint narratives (US public domain; their text only, not their labels); and the own-life model over the same
 * vectors (negative posts of the writer's own life against complaints, all written for this project). Deterministic
 * for a given machine (ONNX Runtime's arithmetic may differ in the last bits between CPUs).
 *
 * <pre>./mvnw -pl triage-service -Ptrain-embedding-models test-compile exec:java</pre>
 */
public final class EmbeddingModelTrainer {

    static final LinearTraining.Settings SENTIMENT = new LinearTraining.Settings(1e-3, 400, 1.0, false);
    /**
     * The estimate's ridge penalty. Its 147,840 weights are fitted on 12,667 texts, and the penalty matters
     * little: with 0.1 and with 1 the estimate's p(positive) of the CFPB narratives follows the sentence model's
     * alike (correlation 0.50).
     */
    static final double ESTIMATE_RIDGE = 0.1;
    static final List<String> SENTIMENT_CLASSES = List.of(SentimentClassifier.NEGATIVE, SentimentClassifier.POSITIVE);
    /** Each class weighs the same: the complaints outnumber the posts of the writer's own life four to one. */
    static final LinearTraining.Settings OWN_LIFE = new LinearTraining.Settings(1e-3, 400, 1.0, true);
    static final List<String> OWN_LIFE_CLASSES = List.of(EmbeddingClassifiers.TROUBLE, EmbeddingClassifiers.OWN_LIFE);

    private EmbeddingModelTrainer() {
    }

    public static void main(String[] args) throws IOException {
        Path resources = Path.of(args.length > 0 ? args[0] : "src/main/resources");
        try (SentenceEmbedding embedding = SentenceEmbedding.shipped(Runtime.getRuntime().availableProcessors())) {
            Embeddings sentenceVectors = Embeddings.ofSentences(embedding);
            List<LabelledData.Labelled> sentences = SentimentModelTrainer.trainingSet();
            ModelFiles.write(sentiment(sentences, sentenceVectors)::write, resources.resolve(EmbeddingClassifiers.SENTIMENT_RESOURCE.substring(1)));
            ModelFiles.write(ownLife(ownLifeTrainingSet(), sentenceVectors)::write, resources.resolve(EmbeddingClassifiers.OWN_LIFE_RESOURCE.substring(1)));
            List<String> estimated = estimateTexts();
            ModelFiles.write(estimate(estimated, embedding, sentenceVectors)::write, resources.resolve(SentenceEstimate.RESOURCE.substring(1)));
            System.out.printf("Trained on %d sentences, the estimate on %d texts, from %s%n", sentences.size(), estimated.size(),
                    LabelledData.directory());
        }
    }

    public static LinearClassifier sentiment(List<LabelledData.Labelled> sentences, Embeddings embeddings) {
        List<LinearTraining.Example> examples = new ArrayList<>();
        float[][] vectors = embeddings.of(sentences.stream().map(LabelledData.Labelled::text).toList());
        for (int i = 0; i < vectors.length; i++) {
            examples.add(new LinearTraining.Example(vectors[i], sentences.get(i).positive() ? 1 : 0));
        }
        return LinearTraining.train(SENTIMENT_CLASSES, examples, SENTIMENT);
    }

    /**
     * The own-life model: the negative posts that are no complaint (most of them {@link WrittenPosts#OWN_LIFE}) against
     * the negative posts that are.
     */
    public static LinearClassifier ownLife(List<WrittenPosts.Post> posts, Embeddings embeddings) {
        List<WrittenPosts.Post> negative = posts.stream().filter(post -> post.meant().equals(SentimentClassifier.NEGATIVE)).toList();
        float[][] vectors = embeddings.of(negative.stream().map(WrittenPosts.Post::text).toList());
        List<LinearTraining.Example> examples = new ArrayList<>();
        for (int i = 0; i < vectors.length; i++) {
            examples.add(new LinearTraining.Example(vectors[i], OWN_LIFE_CLASSES.indexOf(
                    negative.get(i).complaint() ? EmbeddingClassifiers.TROUBLE : EmbeddingClassifiers.OWN_LIFE)));
        }
        return LinearTraining.train(OWN_LIFE_CLASSES, examples, OWN_LIFE);
    }

    /** All the written posts and {@link WrittenPosts#OWN_LIFE}. */
    public static List<WrittenPosts.Post> ownLifeTrainingSet() throws IOException {
        List<WrittenPosts.Post> all = new ArrayList<>(WrittenPosts.all());
        all.addAll(WrittenPosts.of(WrittenPosts.OWN_LIFE));
        return all;
    }

    /** The texts the estimate is fitted on: the sentiment training sentences and the CFPB narratives. */
    public static List<String> estimateTexts() throws IOException {
        List<String> texts = new ArrayList<>(SentimentModelTrainer.trainingSet().stream().map(LabelledData.Labelled::text).toList());
        LabelledData.cfpb().stream().map(LabelledData.CfpbComplaint::narrative).forEach(texts::add);
        return texts.stream().distinct().toList();
    }

    /**
     * Each piece weighs its idf over {@code texts} (a piece in none of them weighs as one in a single text), and
     * the map is fitted from the texts' weighted pieces vectors to their sentence vectors.
     */
    public static SentenceEstimate estimate(List<String> texts, SentenceEmbedding embedding, Embeddings sentenceVectors) {
        int[] textsWith = new int[embedding.vocabularySize()];
        for (String text : texts) {
            int[] ids = embedding.pieceIds(text);
            Arrays.stream(ids, 1, ids.length - 1).distinct().forEach(id -> textsWith[id]++);
        }
        float[] weights = new float[textsWith.length];
        for (int id = 0; id < weights.length; id++) {
            weights[id] = (float) Math.log((double) texts.size() / Math.max(1, textsWith[id]));
        }
        List<float[]> pieces = texts.stream().map(text -> embedding.embedPieces(text, weights)).toList();
        List<float[]> sentences = Arrays.asList(sentenceVectors.of(texts));
        return new SentenceEstimate(weights, LeastSquares.fit(pieces, sentences, ESTIMATE_RIDGE));
    }

    /**
     * A text's vectors of one kind remembered by text, so cross-validation embeds each text once; one fold at a time
     * (folds trained side by side share it).
     */
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

        /** {@link EmbeddingClassifiers#estimate}: the quick estimates of the texts' sentence vectors. */
        public static Embeddings ofEstimates(EmbeddingClassifiers models) {
            return new Embeddings(texts -> texts.stream().map(models::estimate).toArray(float[][]::new));
        }

        public synchronized float[][] of(List<String> texts) {
            List<String> missing = texts.stream().filter(text -> !known.containsKey(text)).distinct().toList();
            float[][] computed = embedder.apply(missing);
            for (int i = 0; i < computed.length; i++) {
                known.put(missing.get(i), computed[i]);
            }
            return texts.stream().map(known::get).toArray(float[][]::new);
        }
    }
}
