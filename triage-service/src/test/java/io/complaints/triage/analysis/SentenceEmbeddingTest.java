package io.complaints.triage.analysis;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SentenceEmbeddingTest {

    private static SentenceEmbedding embedding;

    @BeforeAll
    static void load() {
        embedding = SentenceEmbedding.shipped(1);
    }

    @AfterAll
    static void close() {
        embedding.close();
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }

    @Test
    void aTextIsAUnitVectorOf384Numbers() {
        float[] vector = embedding.embed("My parcel never arrived.");
        assertEquals(SentenceEmbedding.DIMENSIONS, vector.length);
        assertEquals(1.0, cosine(vector, vector), 1e-4);
    }

    @Test
    void textsOfLikeMeaningAreCloserThanUnrelatedOnes() {
        float[] lost = embedding.embed("My parcel never arrived");
        float[] undelivered = embedding.embed("The package was not delivered to me");
        float[] dinner = embedding.embed("I loved the pasta at this restaurant");
        assertTrue(cosine(lost, undelivered) > 0.5, "paraphrase " + cosine(lost, undelivered));
        assertTrue(cosine(lost, dinner) < 0.25, "unrelated " + cosine(lost, dinner));
    }

    @Test
    void aTextGetsTheSameVectorWhateverIsEmbeddedBesideIt() {
        List<String> texts = List.of("I was charged twice for the same order, please fix it or I will cancel my account.",
                "Thanks!", "Where is my refund?");
        float[][] batch = embedding.embedAll(texts);
        for (int i = 0; i < texts.size(); i++) {
            assertArrayEquals(embedding.embed(texts.get(i)), batch[i], texts.get(i));
        }
    }

    @Test
    void theQuickVectorOfATextIsTheUnitWeightedSumOfItsPiecesWhateverTheirOrder() {
        float[] even = new float[embedding.vocabularySize()];
        Arrays.fill(even, 1);
        float[] quick = embedding.embedPieces("My parcel never arrived.", even);
        assertEquals(SentenceEmbedding.DIMENSIONS, quick.length);
        assertEquals(1.0, cosine(quick, quick), 1e-4);
        assertArrayEquals(quick, embedding.embedPieces("arrived. never parcel My", even), 1e-6f, "a bag of pieces");
        float[] dinner = embedding.embedPieces("I loved the pasta at this restaurant", even);
        assertTrue(cosine(quick, embedding.embedPieces("The package was not delivered to me", even)) > cosine(quick, dinner));
        assertEquals(0.0, cosine(embedding.embedPieces("", even), embedding.embedPieces("", even)), "no pieces, no direction");
        float[] parcelOnly = new float[even.length];
        parcelOnly[embedding.pieceIds("parcel")[1]] = 1;
        assertEquals(1.0, cosine(embedding.embedPieces("My parcel never arrived.", parcelOnly), embedding.embedPieces("parcel", even)), 1e-4,
                "a piece weighing nothing adds nothing");
    }

    @Test
    void theShippedEstimateOfASentenceVectorIsCloserToItThanThePiecesAlone() {
        SentenceEstimate estimate = SentenceEstimate.shipped();
        for (String text : List.of("My parcel never arrived and nobody answers my emails.",
                "I was charged twice for the same order, please fix it.",
                "The staff were lovely and the food came quickly.",
                "Still waiting on hold after 45 minutes, this is a joke.")) {
            float[] sentence = embedding.embed(text);
            float[] pieces = embedding.embedPieces(text, estimate.pieceWeights());
            double estimated = cosine(estimate.of(pieces), sentence);
            assertTrue(estimated > cosine(pieces, sentence) && estimated > 0.75, text + ": " + estimated + " vs " + cosine(pieces, sentence));
        }
    }

    @Test
    void theSentenceModelReadsATextWholeUpToItsLimit() {
        assertTrue(embedding.readsWhole("My parcel never arrived."));
        assertTrue(embedding.readsWhole("word ".repeat(SentenceEmbedding.MAX_TOKENS - 2)));
        assertFalse(embedding.readsWhole("word ".repeat(SentenceEmbedding.MAX_TOKENS - 1)));
    }
}
