package io.complaints.triage.evaluation;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LeastSquaresTest {

    /** y = x W + b for a known W and b, from 3 inputs to 2 outputs. */
    private static final double[][] MAP = {{1, -2}, {0.5, 0}, {0, 3}};
    private static final double[] INTERCEPT = {0.25, -1};

    private static float[] apply(float[] x) {
        float[] y = new float[INTERCEPT.length];
        for (int j = 0; j < y.length; j++) {
            double sum = INTERCEPT[j];
            for (int i = 0; i < x.length; i++) {
                sum += x[i] * MAP[i][j];
            }
            y[j] = (float) sum;
        }
        return y;
    }

    private static float[][] fit(double ridge) {
        Random random = new Random(5);
        List<float[]> xs = new ArrayList<>();
        List<float[]> ys = new ArrayList<>();
        for (int s = 0; s < 200; s++) {
            float[] x = {(float) random.nextGaussian(), (float) random.nextGaussian(), (float) random.nextGaussian()};
            xs.add(x);
            ys.add(apply(x));
        }
        return LeastSquares.fit(xs, ys, ridge);
    }

    @Test
    void withoutAPenaltyItRecoversTheMapAndTheIntercept() {
        float[][] fitted = fit(0);
        assertEquals(MAP.length + 1, fitted.length);
        for (int i = 0; i < MAP.length; i++) {
            for (int j = 0; j < INTERCEPT.length; j++) {
                assertEquals(MAP[i][j], fitted[i][j], 1e-4, "weight " + i + "," + j);
            }
        }
        for (int j = 0; j < INTERCEPT.length; j++) {
            assertEquals(INTERCEPT[j], fitted[MAP.length][j], 1e-4, "intercept " + j);
        }
    }

    @Test
    void thePenaltyShrinksTheWeightsButNotTheIntercept() {
        float[][] fitted = fit(200);
        assertTrue(Math.abs(fitted[2][1]) < 3 * 0.7, "shrunk: " + fitted[2][1]);
        assertEquals(INTERCEPT[1], fitted[MAP.length][1], 0.2, "the intercept is not penalised");
    }
}
