package io.complaints.triage.analysis;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What triage reads from a text's embedding: how likely it is positive, and how likely it belongs to each
 * category the category model was trained on. Small linear models, trained by EmbeddingModelTrainer (see the
 * module README), over two readings of {@link SentenceEmbedding}: the quick one of a text's word pieces
 * ({@link #readQuickly}, microseconds) and the sentence model itself ({@link #readAll}, milliseconds).
 */
public final class EmbeddingClassifiers implements AutoCloseable {

    public static final String SENTIMENT_RESOURCE = "/triage/sentiment-minilm.bin";
    public static final String CATEGORY_RESOURCE = "/triage/category-minilm.bin";
    public static final String PIECES_SENTIMENT_RESOURCE = "/triage/sentiment-minilm-pieces.bin";
    public static final String PIECES_CATEGORY_RESOURCE = "/triage/category-minilm-pieces.bin";
    /** How the explanation names the sentence model. */
    public static final String SENTENCE_MODEL = "minilm";
    /** How the explanation names the quick reading of the word pieces. */
    public static final String PIECES_MODEL = "minilm-pieces";

    /** Which reading ({@link #SENTENCE_MODEL} or {@link #PIECES_MODEL}): p(positive), p(category) for its categories ("other" among them). */
    public record Reading(String model, double positive, Map<Category, Double> categories) {
        public double probability(Category category) {
            return categories.getOrDefault(category, 0.0);
        }
    }

    /** A linear sentiment model and a linear category model over one kind of vector. */
    public record Models(LinearClassifier sentiment, LinearClassifier category) {
        public Models {
            category.classes().forEach(Category::fromCode);
        }

        Reading read(String model, float[] vector) {
            double positive = sentiment.probabilities(vector)[sentiment.index(SentimentClassifier.POSITIVE)];
            double[] probabilities = category.probabilities(vector);
            Map<Category, Double> categories = new EnumMap<>(Category.class);
            for (int k = 0; k < probabilities.length; k++) {
                categories.put(Category.fromCode(category.classes().get(k)), probabilities[k]);
            }
            return new Reading(model, positive, categories);
        }

        public Models withCategory(LinearClassifier categoryModel) {
            return new Models(sentiment, categoryModel);
        }
    }

    private final SentenceEmbedding embedding;
    private final Models sentence;
    private final Models pieces;

    /** {@code sentence}: over {@link SentenceEmbedding#embed}; {@code pieces}: over {@link SentenceEmbedding#embedPieces}. */
    public EmbeddingClassifiers(SentenceEmbedding embedding, Models sentence, Models pieces) {
        this.embedding = embedding;
        this.sentence = sentence;
        this.pieces = pieces;
    }

    /** The shipped models; {@code threads}: how many texts {@link #readAll} embeds side by side. */
    public static EmbeddingClassifiers shipped(int threads) {
        return new EmbeddingClassifiers(SentenceEmbedding.shipped(threads),
                new Models(LinearClassifier.load(SENTIMENT_RESOURCE), LinearClassifier.load(CATEGORY_RESOURCE)),
                new Models(LinearClassifier.load(PIECES_SENTIMENT_RESOURCE), LinearClassifier.load(PIECES_CATEGORY_RESOURCE)));
    }

    /** The same embedding and sentiment models with other category models (for cross-validation). */
    public EmbeddingClassifiers withCategoryModels(LinearClassifier sentenceCategory, LinearClassifier piecesCategory) {
        return new EmbeddingClassifiers(embedding, sentence.withCategory(sentenceCategory), pieces.withCategory(piecesCategory));
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
        return sentence.read(SENTENCE_MODEL, vector);
    }

    /** The quick reading of a text's word pieces. */
    public Reading readQuickly(String text) {
        return readPieces(embedding.embedPieces(text));
    }

    /** The quick reading of a text's {@link SentenceEmbedding#embedPieces pieces vector}. */
    public Reading readPieces(float[] vector) {
        return pieces.read(PIECES_MODEL, vector);
    }

    @Override
    public void close() {
        embedding.close();
    }
}
