package io.complaints.triage.analysis;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * How likely a text belongs to each category, from its words: multinomial logistic regression over the text's
 * words weighted tf-idf ((1 + ln count) x idf, unit length). Trained by CategoryModelTrainer on the CFPB
 * narratives (see the module README). Microseconds a text; on those narratives it reads the category better
 * than the same regression over the sentence model's vector, which sees only a long text's first 128 word
 * pieces. Stored as the vocabulary with each word's idf, then the {@link LinearClassifier}.
 */
public final class CategoryClassifier {

    public static final String MODEL_RESOURCE = "/triage/category-words.bin";
    /** How the explanation names this model. */
    public static final String MODEL = "words";

    private static final int MAGIC = 0x43415457; // "CATW"

    private final Map<String, Integer> vocabulary;
    private final float[] idf;
    private final LinearClassifier model;
    private final List<Category> categories;

    /** {@code idf}: by the word's index in {@code words}; {@code model}: over vectors of that length. */
    public CategoryClassifier(List<String> words, float[] idf, LinearClassifier model) {
        if (words.size() != idf.length || model.dimensions() != idf.length) {
            throw new IllegalArgumentException("one idf and one weight per word");
        }
        this.vocabulary = new HashMap<>();
        for (int i = 0; i < words.size(); i++) {
            vocabulary.put(words.get(i), i);
        }
        this.idf = idf;
        this.model = model;
        this.categories = model.classes().stream().map(Category::fromCode).toList();
    }

    public static CategoryClassifier shipped() {
        return ModelResource.load(MODEL_RESOURCE, CategoryClassifier::read);
    }

    /** p(category) for each category the model knows ("other" among them). */
    public Map<Category, Double> probabilities(String text) {
        Weights weights = weights(text);
        double[] probabilities = model.probabilities(weights.indices(), weights.values());
        Map<Category, Double> byCategory = new EnumMap<>(Category.class);
        for (int k = 0; k < probabilities.length; k++) {
            byCategory.put(categories.get(k), probabilities[k]);
        }
        return byCategory;
    }

    /** The text's tf-idf vector over this vocabulary, unit length; zero when it has no known word. */
    public float[] vector(String text) {
        float[] vector = new float[idf.length];
        Weights weights = weights(text);
        for (int i = 0; i < weights.indices().length; i++) {
            vector[weights.indices()[i]] = weights.values()[i];
        }
        return vector;
    }

    /** The non-zero entries of a text's {@link #vector}, by ascending index: a text names few of the vocabulary's words. */
    private record Weights(int[] indices, float[] values) {
    }

    private Weights weights(String text) {
        int[] found = words(text).stream().map(vocabulary::get).filter(Objects::nonNull).mapToInt(Integer::intValue).sorted().toArray();
        int[] indices = new int[found.length];
        float[] values = new float[found.length];
        int distinct = 0;
        double norm = 0;
        for (int from = 0; from < found.length; ) {
            int to = from;
            while (to < found.length && found[to] == found[from]) {
                to++;
            }
            indices[distinct] = found[from];
            values[distinct] = (float) ((1 + Math.log(to - from)) * idf[found[from]]);
            norm += values[distinct] * values[distinct];
            distinct++;
            from = to;
        }
        if (norm > 0) {
            float scale = (float) (1 / Math.sqrt(norm));
            for (int i = 0; i < distinct; i++) {
                values[i] *= scale;
            }
        }
        return new Weights(Arrays.copyOf(indices, distinct), Arrays.copyOf(values, distinct));
    }

    /**
     * Lower-case runs of letters and digits; numbers and the CFPB's masks ("XXXX", "XX/XX/2019") carry no
     * category and are left out.
     */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        String lower = text.toLowerCase(Locale.ROOT);
        int start = -1;
        for (int i = 0; i <= lower.length(); i++) {
            boolean wordChar = i < lower.length() && Character.isLetterOrDigit(lower.charAt(i));
            if (wordChar && start < 0) {
                start = i;
            } else if (!wordChar && start >= 0) {
                String word = lower.substring(start, i);
                if (word.chars().anyMatch(Character::isLetter) && !word.chars().allMatch(c -> c == 'x')) {
                    words.add(word);
                }
                start = -1;
            }
        }
        return words;
    }

    public static CategoryClassifier read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(in);
        if (data.readInt() != MAGIC) {
            throw new IOException("not a word category model file");
        }
        int size = data.readInt();
        List<String> words = new ArrayList<>(size);
        float[] idf = new float[size];
        for (int i = 0; i < size; i++) {
            words.add(data.readUTF());
            idf[i] = data.readFloat();
        }
        return new CategoryClassifier(words, idf, LinearClassifier.read(data));
    }

    public void write(OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(out);
        data.writeInt(MAGIC);
        data.writeInt(idf.length);
        String[] words = new String[idf.length];
        vocabulary.forEach((word, index) -> words[index] = word);
        for (int i = 0; i < words.length; i++) {
            data.writeUTF(words[i]);
            data.writeFloat(idf[i]);
        }
        model.write(data);
        data.flush();
    }
}
