package io.complaints.triage.analysis;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SentimentClassifierTest {

    @Test
    void wordsAfterANegationAreMarkedUntilPunctuation() {
        assertArrayEquals(new String[] {"the", "crust", "is", "not", "not_good", "not_at", "not_all", "but", "ok"},
                SentimentClassifier.tokens("The crust is NOT good at all, but OK"));
        assertArrayEquals(new String[] {"i", "didnt", "not_like", "not_it"}, SentimentClassifier.tokens("I didn't like it"));
    }

    @Test
    void theShippedModelTellsPraiseFromComplaint() {
        SentimentClassifier classifier = SentimentClassifier.shipped();
        assertTrue(classifier.positiveProbability("Wonderful food and a lovely friendly waiter") > 0.5);
        assertTrue(classifier.positiveProbability("The crust is not good and we will never be back") < 0.5);
    }
}
