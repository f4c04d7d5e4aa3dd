package io.complaints.triage.analysis;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Multinomial logistic regression over a fixed-length vector (a sentence embedding): a weight row and a bias
 * per class, probabilities by softmax. Stored as a small binary file: a magic number, the class names, the
 * dimensions and the weights as floats.
 */
public final class LinearClassifier {

    private static final int MAGIC = 0x4C494E31; // "LIN1"

    private final List<String> classes;
    private final float[][] weights;
    private final float[] bias;

    public LinearClassifier(List<String> classes, float[][] weights, float[] bias) {
        if (classes.size() != weights.length || classes.size() != bias.length) {
            throw new IllegalArgumentException("one weight row and one bias per class");
        }
        this.classes = List.copyOf(classes);
        this.weights = weights;
        this.bias = bias;
    }

    public List<String> classes() {
        return classes;
    }

    public int dimensions() {
        return weights[0].length;
    }

    public int index(String name) {
        int index = classes.indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException("no class " + name + " in " + classes);
        }
        return index;
    }

    public double[] probabilities(float[] x) {
        double[] scores = new double[classes.size()];
        for (int k = 0; k < scores.length; k++) {
            double s = bias[k];
            float[] w = weights[k];
            for (int d = 0; d < w.length; d++) {
                s += w[d] * x[d];
            }
            scores[k] = s;
        }
        return softmax(scores);
    }

    /** As {@link #probabilities(float[])} of a vector that is zero but at {@code indices} (ascending), where it holds {@code values}. */
    public double[] probabilities(int[] indices, float[] values) {
        double[] scores = new double[classes.size()];
        for (int k = 0; k < scores.length; k++) {
            double s = bias[k];
            float[] w = weights[k];
            for (int i = 0; i < indices.length; i++) {
                s += w[indices[i]] * values[i];
            }
            scores[k] = s;
        }
        return softmax(scores);
    }

    private static double[] softmax(double[] scores) {
        double max = Double.NEGATIVE_INFINITY;
        for (double score : scores) {
            max = Math.max(max, score);
        }
        double sum = 0;
        for (int k = 0; k < scores.length; k++) {
            scores[k] = Math.exp(scores[k] - max);
            sum += scores[k];
        }
        for (int k = 0; k < scores.length; k++) {
            scores[k] /= sum;
        }
        return scores;
    }

    public static LinearClassifier load(String resource) {
        return ModelResource.load(resource, LinearClassifier::read);
    }

    public static LinearClassifier read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(in);
        if (data.readInt() != MAGIC) {
            throw new IOException("not a linear classifier file");
        }
        int classCount = data.readInt();
        List<String> classes = new ArrayList<>();
        for (int k = 0; k < classCount; k++) {
            classes.add(data.readUTF());
        }
        int dimensions = data.readInt();
        float[][] weights = new float[classCount][dimensions];
        float[] bias = new float[classCount];
        for (int k = 0; k < classCount; k++) {
            bias[k] = data.readFloat();
            for (int d = 0; d < dimensions; d++) {
                weights[k][d] = data.readFloat();
            }
        }
        return new LinearClassifier(classes, weights, bias);
    }

    public void write(OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(out);
        data.writeInt(MAGIC);
        data.writeInt(classes.size());
        for (String name : classes) {
            data.writeUTF(name);
        }
        data.writeInt(dimensions());
        for (int k = 0; k < classes.size(); k++) {
            data.writeFloat(bias[k]);
            for (float w : weights[k]) {
                data.writeFloat(w);
            }
        }
        data.flush();
    }
}
