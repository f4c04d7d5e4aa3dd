package io.complaints.triage.analysis;

import java.util.Arrays;
import java.util.List;

/**
 * What triage reads from a text's embedding: how likely it is positive, and how likely a negative text tells of the
 * writer's own life rather than a trouble a company could answer for ("so sad to be leaving Maui" against "so sad, my
 * flight got cancelled"), by small linear models trained by EmbeddingModelTrainer (see the module README) over the
 * sentence model's vectors. It reads two vectors of a text: the quick {@link SentenceEstimate} from its word pieces
 * ({@link #readQuickly}, microseconds) and the sentence model's own ({@link #readAll}, milliseconds).
 */
public final class EmbeddingClassifiers implements AutoCloseable {

    public static final String SENTIMENT_RESOURCE = "/triage/sentiment-minilm.bin";
    public static final String OWN_LIFE_RESOURCE = "/triage/own-life-minilm.bin";
    /** The own-life model's classes. */
    public static final String OWN_LIFE = "own-life";
    public static final String TROUBLE = "trouble";
    /** How the explanation names the sentence model. */
    public static final String SENTENCE_MODEL = "minilm";
    /** How the explanation names the quick reading of the word pieces. */
    public static final String PIECES_MODEL = "minilm-pieces";

    /**
     * Which reading ({@link #SENTENCE_MODEL} or {@link #PIECES_MODEL}), its p(positive) and its p(own life) (NaN where
     * not read).
     */
    public record Reading(String model, double positive, double ownLife) {
    }

    private final SentenceEmbedding embedding;
    private final LinearClassifier sentiment;
    private final LinearClassifier ownLife;
    private final SentenceEstimate estimate;

    /**
     * {@code sentiment} and {@code ownLife}: over {@link SentenceEmbedding#embed} vectors, which {@code estimate}
     * estimates.
     */
    public EmbeddingClassifiers(SentenceEmbedding embedding, LinearClassifier sentiment, LinearClassifier ownLife,
                                SentenceEstimate estimate) {
        this.embedding = embedding;
        this.sentiment = sentiment;
        this.ownLife = ownLife;
        this.estimate = estimate;
    }

    /** The shipped models; {@code threads}: how many texts {@link #readAll} embeds side by side. */
    public static EmbeddingClassifiers shipped(int threads) {
        return new EmbeddingClassifiers(SentenceEmbedding.shipped(threads), LinearClassifier.load(SENTIMENT_RESOURCE),
                LinearClassifier.load(OWN_LIFE_RESOURCE), SentenceEstimate.shipped());
    }

    public SentenceEmbedding embedding() {
        return embedding;
    }

    /** The sentence model's reading of each text, several side by side. */
    public List<Reading> readAll(List<String> texts) {
        float[][] vectors = embedding.embedAll(texts);
        return Arrays.stream(vectors).map(this::read).toList();
    }

    /** The sentence model's reading of a text's {@link SentenceEmbedding#embed vector}. */
    public Reading read(float[] vector) {
        return new Reading(SENTENCE_MODEL, positive(vector), ownLife(vector));
    }

    /** The quick reading of a text's word pieces. */
    public Reading readQuickly(String text) {
        return readEstimate(estimate(text));
    }

    /** The {@link SentenceEstimate} of a text's sentence vector. */
    public float[] estimate(String text) {
        return estimate.of(embedding.embedPieces(text, estimate.pieceWeights()));
    }

    /** The quick reading of a text's {@link #estimate}. */
    public Reading readEstimate(float[] estimated) {
        return new Reading(PIECES_MODEL, positive(estimated), ownLife(estimated));
    }

    /** Whether the sentence model reads all of the text; see {@link SentenceEmbedding#readsWhole}. */
    public boolean sentenceModelReadsWhole(String text) {
        return embedding.readsWhole(text);
    }

    private double positive(float[] vector) {
        return sentiment.probabilities(vector)[sentiment.index(SentimentClassifier.POSITIVE)];
    }

    private double ownLife(float[] vector) {
        return ownLife.probabilities(vector)[ownLife.index(OWN_LIFE)];
    }

    @Override
    public void close() {
        embedding.close();
    }
}
