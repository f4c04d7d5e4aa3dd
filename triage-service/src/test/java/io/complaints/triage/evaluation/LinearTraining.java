package io.complaints.triage.evaluation;

import io.complaints.triage.analysis.LinearClassifier;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Fits a {@link LinearClassifier} by full-batch gradient descent with momentum on the mean cross-entropy plus
 * an L2 penalty. Deterministic: same examples in the same order, same weights.
 */
public final class LinearTraining {

    public record Example(float[] x, int label) {
    }

    /** {@code balanced}: each class weighs the same in the loss however many examples it has. */
    public record Settings(double l2, int iterations, double learningRate, boolean balanced) {
        public static final Settings DEFAULT = new Settings(1e-3, 400, 1.0, false);
    }

    private LinearTraining() {
    }

    public static LinearClassifier train(List<String> classes, List<Example> examples, Settings settings) {
        int k = classes.size();
        int d = examples.get(0).x().length;
        double[][] w = new double[k][d];
        double[] b = new double[k];
        double[][] vw = new double[k][d];
        double[] vb = new double[k];
        double momentum = 0.9;
        int n = examples.size();
        double[] classWeight = classWeights(k, examples, settings.balanced());
        // A vector of word counts is mostly zeros: each example's sums run over its non-zero entries only.
        int[][] nonZero = examples.stream().map(example -> nonZero(example.x())).toArray(int[][]::new);
        for (int iteration = 0; iteration < settings.iterations(); iteration++) {
            double[][] gw = new double[k][d];
            double[] gb = new double[k];
            double[] p = new double[k];
            for (int e = 0; e < n; e++) {
                float[] x = examples.get(e).x();
                int[] used = nonZero[e];
                double max = Double.NEGATIVE_INFINITY;
                for (int c = 0; c < k; c++) {
                    double s = b[c];
                    for (int j : used) {
                        s += w[c][j] * x[j];
                    }
                    p[c] = s;
                    max = Math.max(max, s);
                }
                double sum = 0;
                for (int c = 0; c < k; c++) {
                    p[c] = Math.exp(p[c] - max);
                    sum += p[c];
                }
                int label = examples.get(e).label();
                for (int c = 0; c < k; c++) {
                    double error = classWeight[label] * (p[c] / sum - (c == label ? 1 : 0));
                    gb[c] += error;
                    for (int j : used) {
                        gw[c][j] += error * x[j];
                    }
                }
            }
            for (int c = 0; c < k; c++) {
                vb[c] = momentum * vb[c] - settings.learningRate() * gb[c] / n;
                b[c] += vb[c];
                for (int j = 0; j < d; j++) {
                    double gradient = gw[c][j] / n + settings.l2() * w[c][j];
                    vw[c][j] = momentum * vw[c][j] - settings.learningRate() * gradient;
                    w[c][j] += vw[c][j];
                }
            }
        }
        float[][] weights = new float[k][d];
        float[] bias = new float[k];
        for (int c = 0; c < k; c++) {
            bias[c] = (float) b[c];
            for (int j = 0; j < d; j++) {
                weights[c][j] = (float) w[c][j];
            }
        }
        return new LinearClassifier(classes, weights, bias);
    }

    private static int[] nonZero(float[] x) {
        return IntStream.range(0, x.length).filter(j -> x[j] != 0).toArray();
    }

    private static double[] classWeights(int k, List<Example> examples, boolean balanced) {
        double[] weights = new double[k];
        if (!balanced) {
            Arrays.fill(weights, 1);
            return weights;
        }
        int[] counts = new int[k];
        examples.forEach(example -> counts[example.label()]++);
        for (int c = 0; c < k; c++) {
            weights[c] = counts[c] == 0 ? 0 : (double) examples.size() / (k * counts[c]);
        }
        return weights;
    }
}
