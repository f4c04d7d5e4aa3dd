package io.complaints.triage.evaluation;

import io.complaints.triage.analysis.SentimentClassifier;
import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.doccat.NGramFeatureGenerator;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Trains the shipped sentiment classifier from ../shared/data, deterministically (GIS maximum entropy):
 * the UCI yelp and imdb sentences (CC BY 4.0) and the VADER movie-review snippets rated clearly positive or
 * negative (MIT). The VADER tweets are kept out of training so they remain an unseen check of the score.
 *
 * <pre>./mvnw -pl triage-service -Ptrain-sentiment-model test-compile exec:java</pre>
 */
public final class SentimentModelTrainer {

    static final int ITERATIONS = 200;
    static final int CUTOFF = 1;

    private SentimentModelTrainer() {
    }

    public static void main(String[] args) throws IOException {
        Path output = Path.of(args.length > 0 ? args[0] : "src/main/resources" + SentimentClassifier.MODEL_RESOURCE);
        List<LabelledData.Labelled> training = trainingSet();
        ModelFiles.write(train(training)::serialize, output);
        System.out.printf("Trained on %d sentences from %s%n", training.size(), LabelledData.directory());
    }

    static final String YELP = "yelp_labelled.txt";
    static final String IMDB = "imdb_labelled.txt";
    static final String SNIPPETS = "movieReviewSnippets_GroundTruth.txt";
    /** Snippets rated between -1 and +1 are too mild to teach a positive/negative classifier. */
    static final double CLEAR_RATING = 1.0;

    /** The training sentences by file, so an evaluation can hold one file out. */
    static Map<String, List<LabelledData.Labelled>> trainingSets() throws IOException {
        Map<String, List<LabelledData.Labelled>> sets = new LinkedHashMap<>();
        sets.put(YELP, LabelledData.sentences(YELP));
        sets.put(IMDB, LabelledData.sentences(IMDB));
        sets.put(SNIPPETS, LabelledData.ratings(SNIPPETS).stream()
                .filter(rated -> Math.abs(rated.rating()) >= CLEAR_RATING)
                .map(rated -> new LabelledData.Labelled(rated.text(), rated.rating() > 0))
                .toList());
        return sets;
    }

    static List<LabelledData.Labelled> trainingSet() throws IOException {
        List<LabelledData.Labelled> training = new ArrayList<>();
        trainingSets().values().forEach(training::addAll);
        return training;
    }

    /** Every training set but the one named. */
    static List<LabelledData.Labelled> trainingSetWithout(String file) throws IOException {
        List<LabelledData.Labelled> training = new ArrayList<>();
        trainingSets().forEach((name, set) -> {
            if (!name.equals(file)) {
                training.addAll(set);
            }
        });
        return training;
    }

    public static DoccatModel train(List<LabelledData.Labelled> data) throws IOException {
        List<DocumentSample> samples = data.stream()
                .map(labelled -> new DocumentSample(
                        labelled.positive() ? SentimentClassifier.POSITIVE : SentimentClassifier.NEGATIVE,
                        SentimentClassifier.tokens(labelled.text())))
                .toList();
        TrainingParameters parameters = TrainingParameters.defaultParams();
        parameters.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
        parameters.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
        parameters.put(TrainingParameters.CUTOFF_PARAM, CUTOFF);
        parameters.put(TrainingParameters.THREADS_PARAM, 1);
        DoccatFactory features = new DoccatFactory(new FeatureGenerator[] {
                new BagOfWordsFeatureGenerator(), new NGramFeatureGenerator(2, 2)});
        return DocumentCategorizerME.train("en", new CollectionObjectStream<>(samples), parameters, features);
    }
}
