package io.complaints.triage.analysis;

import java.util.Arrays;
import java.util.List;

/**
 * What triage reads from a text's embedding: how likely it is positive. Small linear models, trained by
 * EmbeddingModelTrainer (see the module README), over two readings of {@link SentenceEmbedding}: the quick one of
 * a text's word pieces ({@link #readQuickly}, microseconds) and the sentence model itself ({@link #readAll},
 * milliseconds).
 */
public final class EmbeddingClassifiers implements AutoCloseable {

    public static final String SENTIMENT_RESOURCE = "/triage/sentiment-minilm.bin";
    public static final String PIECES_SENTIMENT_RESOURCE = "/triage/sentiment-minilm-pieces.bin";
    /** How the explanation names the sentence model. */
    public static final String SENTENCE_MODEL = "minilm";
    /** How the explanation names the quick reading of the word pieces. */
    public static final String PIECES_MODEL = "minilm-pieces";

    /** Which reading ({@link #SENTENCE_MODEL} or {@link #PIECES_MODEL}) and its p(positive). */
    public record Reading(String model, double positive) {
    }

    private final SentenceEmbedding embedding;
    private final LinearClassifier sentence;
    private final LinearClassifier pieces;

    /** {@code sentence}: over {@link SentenceEmbedding#embed}; {@code pieces}: over {@link SentenceEmbedding#embedPieces}. */
    public EmbeddingClassifiers(SentenceEmbedding embedding, LinearClassifier sentence, LinearClassifier pieces) {
        this.embedding = embedding;
        this.sentence = sentence;
        this.pieces = pieces;
    }

    /** The shipped models; {@code threads}: how many texts {@link #readAll} embeds side by side. */
    public static EmbeddingClassifiers shipped(int threads) {
        return new EmbeddingClassifiers(SentenceEmbedding.shipped(threads),
                LinearClassifier.load(SENTIMENT_RESOURCE), LinearClassifier.load(PIECES_SENTIMENT_RESOURCE));
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
        return new Reading(SENTENCE_MODEL, positive(sentence, vector));
    }

    /** The quick reading of a text's word pieces. */
    public Reading readQuickly(String text) {
        return readPieces(embedding.embedPieces(text));
    }

    /** The quick reading of a text's {@link SentenceEmbedding#embedPieces pieces vector}. */
    public Reading readPieces(float[] vector) {
        return new Reading(PIECES_MODEL, positive(pieces, vector));
    }

    private static double positive(LinearClassifier model, float[] vector) {
        return model.probabilities(vector)[model.index(SentimentClassifier.POSITIVE)];
    }

    @Override
    public void close() {
        embedding.close();
    }
}
