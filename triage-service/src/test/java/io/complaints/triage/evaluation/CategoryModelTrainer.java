package io.complaints.triage.evaluation;

import io.complaints.triage.analysis.Category;
import io.complaints.triage.analysis.CategoryClassifier;
import io.complaints.triage.analysis.LinearClassifier;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Trains the {@link CategoryClassifier} from ../shared/data: the CFPB complaint narratives whose issue maps to a
 * category (US public domain), and the imdb sentences (CC BY 4.0) as examples of none of them ("other"), so
 * that a text unlike any of those complaints is not pushed into one. Class-balanced: "Incorrect information on
 * your report" is two thirds of the narratives. Deterministic.
 *
 * <pre>./mvnw -pl triage-service -Ptrain-category-model test-compile exec:java</pre>
 */
public final class CategoryModelTrainer {

    /** A word must appear in this many training texts to be in the vocabulary. */
    static final int MIN_TEXTS = 2;
    static final LinearTraining.Settings SETTINGS = new LinearTraining.Settings(1e-4, 400, 2.0, true);

    private CategoryModelTrainer() {
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args.length > 0 ? args[0] : "src/main/resources").resolve(CategoryClassifier.MODEL_RESOURCE.substring(1));
        List<LabelledData.CfpbComplaint> complaints = LabelledData.categorized(LabelledData.cfpb());
        ModelFiles.write(train(complaints)::write, file);
        System.out.printf("Trained on %d CFPB narratives from %s%n", complaints.size(), LabelledData.directory());
    }

    public static CategoryClassifier train(List<LabelledData.CfpbComplaint> complaints) throws IOException {
        return train(complaints, SETTINGS);
    }

    static CategoryClassifier train(List<LabelledData.CfpbComplaint> complaints, LinearTraining.Settings settings) throws IOException {
        List<String> classes = new ArrayList<>(new TreeSet<>(LabelledData.CFPB_ISSUE_CATEGORY.values()));
        classes.add(Category.OTHER.code());
        List<String> texts = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        for (LabelledData.Labelled other : LabelledData.sentences(SentimentModelTrainer.IMDB)) {
            texts.add(other.text());
            labels.add(classes.indexOf(Category.OTHER.code()));
        }
        for (LabelledData.CfpbComplaint complaint : complaints) {
            texts.add(complaint.narrative());
            labels.add(classes.indexOf(LabelledData.CFPB_ISSUE_CATEGORY.get(complaint.issue())));
        }

        Map<String, Integer> textsWith = new HashMap<>();
        for (String text : texts) {
            new HashSet<>(CategoryClassifier.words(text)).forEach(word -> textsWith.merge(word, 1, Integer::sum));
        }
        List<String> words = new ArrayList<>(new TreeSet<>(textsWith.keySet().stream()
                .filter(word -> textsWith.get(word) >= MIN_TEXTS).toList()));
        float[] idf = new float[words.size()];
        for (int i = 0; i < idf.length; i++) {
            idf[i] = (float) (Math.log((double) texts.size() / textsWith.get(words.get(i))) + 1);
        }

        CategoryClassifier vectors = new CategoryClassifier(words, idf,
                new LinearClassifier(classes, new float[classes.size()][words.size()], new float[classes.size()]));
        List<LinearTraining.Example> examples = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            examples.add(new LinearTraining.Example(vectors.vector(texts.get(i)), labels.get(i)));
        }
        return new CategoryClassifier(words, idf, LinearTraining.train(classes, examples, settings));
    }
}
