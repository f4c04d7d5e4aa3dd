package io.complaints.triage.analysis;

import io.complaints.triage.evaluation.LinearTraining;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CategoryClassifierTest {

    private static final List<String> WORDS = List.of("charged", "courier", "parcel", "refund", "the");
    private static final float[] IDF = {2f, 2f, 2f, 2f, 1f};

    /** A model trained on six made-up texts, three of deliveries and three of billing. */
    private static CategoryClassifier trained() {
        List<String> classes = List.of(Category.BILLING_REFUND.code(), Category.DELIVERY.code());
        CategoryClassifier vectors = new CategoryClassifier(WORDS, IDF,
                new LinearClassifier(classes, new float[2][WORDS.size()], new float[2]));
        List<LinearTraining.Example> examples = new ArrayList<>();
        for (String text : List.of("the parcel", "the courier lost the parcel", "courier late")) {
            examples.add(new LinearTraining.Example(vectors.vector(text), 1));
        }
        for (String text : List.of("charged twice", "the refund", "refund the charged amount")) {
            examples.add(new LinearTraining.Example(vectors.vector(text), 0));
        }
        return new CategoryClassifier(WORDS, IDF, LinearTraining.train(classes, examples, LinearTraining.Settings.DEFAULT));
    }

    @Test
    void wordsAreLowerCaseAndLeaveOutNumbersAndRedactionMasks() {
        assertEquals(List.of("on", "i", "was", "charged", "twice", "by", "abc", "2nd"),
                CategoryClassifier.words("On XX/XX/2019 I was CHARGED twice ($25.00) by XXXX ABC, 2nd"));
    }

    @Test
    void theVectorWeighsWordsByIdfAndHasUnitLength() {
        CategoryClassifier model = trained();
        float[] vector = model.vector("The parcel, the parcel!");
        double norm = 0;
        for (float value : vector) {
            norm += value * value;
        }
        assertEquals(1.0, norm, 1e-6);
        // "parcel": (1 + ln 2) x 2 = 3.39; "the": (1 + ln 2) x 1 = 1.69
        assertEquals(2.0, vector[WORDS.indexOf("parcel")] / vector[WORDS.indexOf("the")], 1e-6);
        assertEquals(0.0, model.vector("nothing known here")[0], "no known word, no direction");
    }

    @Test
    void probabilitiesFollowTheWordsAndSumToOne() {
        Map<Category, Double> delivery = trained().probabilities("Where is my parcel? The courier never came.");
        assertTrue(delivery.get(Category.DELIVERY) > 0.6, delivery.toString());
        Map<Category, Double> billing = trained().probabilities("I was charged and want a refund");
        assertTrue(billing.get(Category.BILLING_REFUND) > 0.6, billing.toString());
        assertEquals(1.0, billing.values().stream().mapToDouble(Double::doubleValue).sum(), 1e-9);
    }

    @Test
    void aWrittenModelReadsBackTheSame() throws Exception {
        CategoryClassifier model = trained();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        model.write(bytes);
        CategoryClassifier read = CategoryClassifier.read(new ByteArrayInputStream(bytes.toByteArray()));
        String text = "the courier charged me for the parcel";
        assertEquals(model.probabilities(text), read.probabilities(text));
    }
}
