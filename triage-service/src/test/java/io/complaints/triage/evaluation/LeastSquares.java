package io.complaints.triage.evaluation;

import java.util.List;

/**
 * Ridge regression of vectors on vectors: the map W (with an intercept row) minimising the squared error of
 * x W + b against y plus {@code ridge} times the squared weights (the intercept unpenalised), by the normal
 * equations and a Cholesky factorisation. Deterministic.
 */
final class LeastSquares {

    private LeastSquares() {
    }

    /** {@code xs.get(0).length + 1} rows of {@code ys.get(0).length}: the weights, then the intercept. */
    static float[][] fit(List<float[]> xs, List<float[]> ys, double ridge) {
        int in = xs.get(0).length;
        int out = ys.get(0).length;
        int n = in + 1;
        double[][] gram = new double[n][n];
        double[][] cross = new double[n][out];
        double[] x = new double[n];
        for (int s = 0; s < xs.size(); s++) {
            for (int i = 0; i < in; i++) {
                x[i] = xs.get(s)[i];
            }
            x[in] = 1;
            float[] y = ys.get(s);
            for (int i = 0; i < n; i++) {
                for (int j = 0; j <= i; j++) {
                    gram[i][j] += x[i] * x[j];
                }
                for (int j = 0; j < out; j++) {
                    cross[i][j] += x[i] * y[j];
                }
            }
        }
        for (int i = 0; i < in; i++) {
            gram[i][i] += ridge;
        }
        double[][] lower = cholesky(gram);
        float[][] map = new float[n][out];
        double[] column = new double[n];
        for (int j = 0; j < out; j++) {
            for (int i = 0; i < n; i++) {
                column[i] = cross[i][j];
            }
            double[] solved = solve(lower, column);
            for (int i = 0; i < n; i++) {
                map[i][j] = (float) solved[i];
            }
        }
        return map;
    }

    /** L with L Lᵀ = a, from the lower triangle of the symmetric positive-definite a. */
    private static double[][] cholesky(double[][] a) {
        int n = a.length;
        double[][] lower = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double sum = a[i][j];
                for (int k = 0; k < j; k++) {
                    sum -= lower[i][k] * lower[j][k];
                }
                lower[i][j] = i == j ? Math.sqrt(sum) : sum / lower[j][j];
            }
        }
        return lower;
    }

    /** x with L Lᵀ x = b: forward, then back substitution. */
    private static double[] solve(double[][] lower, double[] b) {
        int n = b.length;
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            double sum = b[i];
            for (int k = 0; k < i; k++) {
                sum -= lower[i][k] * z[k];
            }
            z[i] = sum / lower[i][i];
        }
        double[] x = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double sum = z[i];
            for (int k = i + 1; k < n; k++) {
                sum -= lower[k][i] * x[k];
            }
            x[i] = sum / lower[i][i];
        }
        return x;
    }
}
