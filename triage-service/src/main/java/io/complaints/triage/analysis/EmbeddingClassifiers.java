package io.complaints.triage.analysis;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What triage reads from a text's sentence embedding: how likely it is positive, and how likely it belongs to
 * each category the category model was trained on. Two small linear models over {@link SentenceEmbedding},
 * trained by EmbeddingModelTrainer (see the module README).
 */
public final class EmbeddingClassifiers implements AutoCloseable {

    public static final String SENTIMENT_RESOURCE = "/triage/sentiment-minilm.bin";
    public static final String CATEGORY_RESOURCE = "/triage/category-minilm.bin";

    /** p(positive), and p(category) for the categories the model knows ("other" among them). */
    public record Reading(double positive, Map<Category, Double> categories) {
        /** The model was not asked. */
        public static final Reading NONE = new Reading(SentimentAnalysis.NO_EMBEDDING, Map.of());

        public double probability(Category category) {
            return categories.getOrDefault(category, 0.0);
        }
    }

    private final SentenceEmbedding embedding;
    private final LinearClassifier sentiment;
    private final LinearClassifier category;
    private final int positiveIndex;

    public EmbeddingClassifiers(SentenceEmbedding embedding, LinearClassifier sentiment, LinearClassifier category) {
        this.embedding = embedding;
        this.sentiment = sentiment;
        this.category = category;
        this.positiveIndex = sentiment.index(SentimentClassifier.POSITIVE);
        category.classes().forEach(Category::fromCode);
    }

    /** The shipped models; {@code threads}: how many texts {@link #readAll} embeds side by side. */
    public static EmbeddingClassifiers shipped(int threads) {
        return new EmbeddingClassifiers(SentenceEmbedding.shipped(threads),
                LinearClassifier.load(SENTIMENT_RESOURCE), LinearClassifier.load(CATEGORY_RESOURCE));
    }

    /** The same embedding and sentiment model with another category model (for cross-validation). */
    public EmbeddingClassifiers withCategoryModel(LinearClassifier categoryModel) {
        return new EmbeddingClassifiers(embedding, sentiment, categoryModel);
    }

    public SentenceEmbedding embedding() {
        return embedding;
    }

    public List<Reading> readAll(List<String> texts) {
        float[][] vectors = embedding.embedAll(texts);
        return Arrays.stream(vectors).map(this::read).toList();
    }

    public Reading read(float[] vector) {
        double positive = sentiment.probabilities(vector)[positiveIndex];
        double[] probabilities = category.probabilities(vector);
        Map<Category, Double> categories = new EnumMap<>(Category.class);
        for (int k = 0; k < probabilities.length; k++) {
            categories.put(Category.fromCode(category.classes().get(k)), probabilities[k]);
        }
        return new Reading(positive, categories);
    }

    @Override
    public void close() {
        embedding.close();
    }
}
