package io.complaints.triage.analysis;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The sentence model's vector of a text estimated from its word pieces alone, in microseconds: the pieces'
 * own vectors weighted by how rare each piece is (idf), summed to unit length, then a linear map fitted by least
 * squares (ridge) to the sentence model's vectors of the texts it was trained on, back to unit length. The
 * classifiers over the sentence model's vectors then read the estimate as they read the real thing. Fitted by
 * EmbeddingModelTrainer on review sentences and CFPB complaint narratives, so it knows how the sentence model
 * reads a long complaint, which a model of the pieces trained on short review sentences did not (on the CFPB
 * narratives it read p(positive) 0.44 on average where the sentence model reads 0.23).
 */
public final class SentenceEstimate {

    public static final String RESOURCE = "/triage/minilm-sentence-estimate.bin";

    private static final int MAGIC = 0x45535431; // "EST1"

    private final float[] pieceWeights;
    /** {@code DIMENSIONS + 1} rows of {@code DIMENSIONS}: the weights, then the intercept. */
    private final float[][] map;

    /** {@code pieceWeights}: by word-piece id; {@code map}: a row per pieces-vector dimension, then the intercept. */
    public SentenceEstimate(float[] pieceWeights, float[][] map) {
        if (map.length != SentenceEmbedding.DIMENSIONS + 1 || map[0].length != SentenceEmbedding.DIMENSIONS) {
            throw new IllegalArgumentException("the map is " + (SentenceEmbedding.DIMENSIONS + 1) + " x " + SentenceEmbedding.DIMENSIONS);
        }
        this.pieceWeights = pieceWeights;
        this.map = map;
    }

    public static SentenceEstimate shipped() {
        return ModelResource.load(RESOURCE, SentenceEstimate::read);
    }

    /** How much each word piece counts in {@link SentenceEmbedding#embedPieces}, by piece id. */
    public float[] pieceWeights() {
        return pieceWeights;
    }

    /**
     * The estimated sentence vector of a text whose {@link SentenceEmbedding#embedPieces pieces vector} this is. Summed
     * in floats, row by row, which the JIT compiles to vector instructions (in doubles it did not, and this product
     * of 384 by 384 was a sixth of the triage's time on short texts).
     */
    public float[] of(float[] pieces) {
        int dimensions = SentenceEmbedding.DIMENSIONS;
        float[] estimate = map[dimensions].clone();
        for (int i = 0; i < dimensions; i++) {
            float x = pieces[i];
            if (x != 0) {
                float[] row = map[i];
                for (int j = 0; j < dimensions; j++) {
                    estimate[j] += x * row[j];
                }
            }
        }
        double norm = 0;
        for (float value : estimate) {
            norm += value * value;
        }
        float scale = (float) (1 / Math.max(Math.sqrt(norm), 1e-12));
        for (int j = 0; j < dimensions; j++) {
            estimate[j] *= scale;
        }
        return estimate;
    }

    public static SentenceEstimate read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(in);
        if (data.readInt() != MAGIC) {
            throw new IOException("not a sentence estimate file");
        }
        float[] weights = new float[data.readInt()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = data.readFloat();
        }
        float[][] map = new float[data.readInt()][data.readInt()];
        for (float[] row : map) {
            for (int j = 0; j < row.length; j++) {
                row[j] = data.readFloat();
            }
        }
        return new SentenceEstimate(weights, map);
    }

    public void write(OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(out);
        data.writeInt(MAGIC);
        data.writeInt(pieceWeights.length);
        for (float weight : pieceWeights) {
            data.writeFloat(weight);
        }
        data.writeInt(map.length);
        data.writeInt(map[0].length);
        for (float[] row : map) {
            for (float value : row) {
                data.writeFloat(value);
            }
        }
        data.flush();
    }
}
