package io.complaints.triage.evaluation;

import com.vader.sentiment.analyzer.SentimentAnalyzer;
import io.complaints.triage.analysis.SentimentAnalysis;
import io.complaints.triage.analysis.SentimentClassifier;
import io.complaints.triage.analysis.VaderSentiment;
import opennlp.tools.doccat.DoccatModel;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The quality targets of the triage issue, on the labelled data in ../shared/data. Skipped, with the reason,
 * where that folder is absent (it is never copied into the repository).
 */
class SentimentQualityTest {

    private static final VaderSentiment VADER = new VaderSentiment();

    @BeforeEach
    void needsTheLabelledData() {
        Assumptions.assumeTrue(LabelledData.available(),
                "labelled data not found at " + LabelledData.directory() + " (set -Dtriage.data.dir); quality not checked");
    }

    @Test
    void tweetsPearsonRIsAtLeast085OnRatingsNeverTrainedOn() throws Exception {
        SentimentAnalysis shipped = new SentimentAnalysis(VADER, SentimentClassifier.shipped(), SentimentAnalysis.Blend.DEFAULT);
        double r = TriageEvaluation.pearson(LabelledData.ratings("tweets_GroundTruth.txt"), shipped::score);
        assertTrue(r >= 0.85, "tweets Pearson r " + r);
    }

    @Test
    void yelpBinaryAccuracyIsAtLeast086CrossValidated() throws Exception {
        TriageEvaluation evaluation = new TriageEvaluation();
        double accuracy = evaluation.crossValidatedAccuracy(LabelledData.sentences(SentimentModelTrainer.YELP),
                SentimentModelTrainer.trainingSetWithout(SentimentModelTrainer.YELP));
        assertTrue(accuracy >= 0.86, "yelp 10-fold accuracy " + accuracy);
    }

    @Test
    void theShippedModelIsWhatTheTrainingCommandProduces() throws Exception {
        DoccatModel retrained = SentimentModelTrainer.train(SentimentModelTrainer.trainingSet());
        SentimentClassifier fresh = new SentimentClassifier(retrained);
        SentimentClassifier shipped = SentimentClassifier.shipped();
        List<LabelledData.Rated> sample = LabelledData.ratings("tweets_GroundTruth.txt").subList(0, 300);
        for (LabelledData.Rated rated : sample) {
            assertEquals(shipped.positiveProbability(rated.text()), fresh.positiveProbability(rated.text()), 1e-9, rated.text());
        }
    }

    @Test
    void theVaderRulesHereAgreeWithTheVaderLibraryOnTheTweets() throws Exception {
        List<LabelledData.Rated> tweets = LabelledData.ratings("tweets_GroundTruth.txt");
        int close = 0;
        for (LabelledData.Rated tweet : tweets) {
            SentimentAnalyzer library = new SentimentAnalyzer(tweet.text());
            library.analyze();
            if (Math.abs(library.getPolarity().get("compound") - VADER.score(tweet.text()).compound()) < 0.05) {
                close++;
            }
        }
        double agreement = (double) close / tweets.size();
        // The rest are the library's own departures from the reference rules (its Lucene tokenizer, its "but").
        assertTrue(agreement >= 0.92, "agreement within 0.05: " + agreement);
    }
}
