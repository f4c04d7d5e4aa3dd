package io.complaints.triage.analysis;

import io.complaints.triage.evaluation.LinearTraining;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LinearClassifierTest {

    /** Three classes, each a cloud around its own corner of a 4-dimensional space. */
    private static List<LinearTraining.Example> clouds(Random random, int perClass) {
        List<LinearTraining.Example> examples = new ArrayList<>();
        for (int i = 0; i < perClass; i++) {
            for (int label = 0; label < 3; label++) {
                float[] x = new float[4];
                for (int d = 0; d < x.length; d++) {
                    x[d] = (float) (random.nextGaussian() * 0.3 + (d == label ? 1 : 0));
                }
                examples.add(new LinearTraining.Example(x, label));
            }
        }
        return examples;
    }

    @Test
    void trainingLearnsSeparableClassesAndProbabilitiesSumToOne() {
        List<String> classes = List.of("a", "b", "c");
        LinearClassifier model = LinearTraining.train(classes, clouds(new Random(1), 100), LinearTraining.Settings.DEFAULT);
        int correct = 0;
        List<LinearTraining.Example> unseen = clouds(new Random(2), 100);
        for (LinearTraining.Example example : unseen) {
            double[] p = model.probabilities(example.x());
            assertEquals(1.0, p[0] + p[1] + p[2], 1e-9);
            int best = p[0] >= p[1] && p[0] >= p[2] ? 0 : p[1] >= p[2] ? 1 : 2;
            correct += best == example.label() ? 1 : 0;
        }
        assertTrue(correct >= 0.9 * unseen.size(), correct + " of " + unseen.size());
    }

    @Test
    void aWrittenModelReadsBackTheSame() throws Exception {
        LinearClassifier model = LinearTraining.train(List.of("a", "b", "c"), clouds(new Random(3), 20), LinearTraining.Settings.DEFAULT);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        model.write(bytes);
        LinearClassifier read = LinearClassifier.read(new ByteArrayInputStream(bytes.toByteArray()));
        assertEquals(model.classes(), read.classes());
        float[] x = {0.2f, 0.9f, -0.1f, 0.4f};
        assertArrayEquals(model.probabilities(x), read.probabilities(x), 1e-12);
    }
}
