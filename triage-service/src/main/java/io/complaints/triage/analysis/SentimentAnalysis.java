package io.complaints.triage.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * The sentiment of a complaint: VADER's compound score blended with the OpenNLP classifier's opinion.
 * score = vaderWeight * compound + (1 - vaderWeight) * tanh(classifierSlope * logit(p(positive))).
 * The gentle slope keeps VADER's sense of intensity (what the tweet ratings measure) while letting the
 * classifier decide the texts VADER scores near zero.
 */
public final class SentimentAnalysis {

    public enum Label { NEGATIVE, NEUTRAL, POSITIVE }

    public record Sentiment(double score, Label label, double vaderCompound, double classifierPositive, List<Cue> cues) {
    }

    public record Blend(double vaderWeight, double classifierSlope, double neutralBand) {
        public static final Blend DEFAULT = new Blend(0.55, 0.3, 0.05);
    }

    private final VaderSentiment vader;
    private final SentimentClassifier classifier;
    private final Blend blend;

    public SentimentAnalysis(VaderSentiment vader, SentimentClassifier classifier, Blend blend) {
        this.vader = vader;
        this.classifier = classifier;
        this.blend = blend;
    }

    public Sentiment analyze(String text, boolean explain) {
        VaderSentiment.Score vaderScore = explain ? vader.explain(text) : vader.score(text);
        double positive = classifier.positiveProbability(text);
        double classifierOpinion = Math.tanh(blend.classifierSlope() * logit(positive));
        double score = blend.vaderWeight() * vaderScore.compound() + (1 - blend.vaderWeight()) * classifierOpinion;
        score = bounded(score);
        List<Cue> cues = List.of();
        if (explain) {
            cues = new ArrayList<>();
            for (Cue cue : vaderScore.cues()) {
                cues.add(new Cue(cue.cue(), cue.rule(), round(cue.weight() * blend.vaderWeight())));
            }
            cues.add(new Cue("whole text", "sentiment:opennlp-maxent p(positive)=" + round(positive),
                    round((1 - blend.vaderWeight()) * classifierOpinion)));
        }
        return new Sentiment(score, label(score), vaderScore.compound(), positive, cues);
    }

    /**
     * The sentiment with the complaint language found in the text added: phrases such as "never arrived" or
     * "charged twice" that say something went wrong without words a general sentiment lexicon knows. Their
     * weights (negative) add up to at most {@code maxPull} and each shows as a cue.
     */
    public Sentiment withComplaintLanguage(Sentiment sentiment, List<Cue> complaintCues, double maxPull) {
        if (complaintCues.isEmpty()) {
            return sentiment;
        }
        double pull = Math.max(-maxPull, complaintCues.stream().mapToDouble(Cue::weight).sum());
        double score = bounded(sentiment.score() + pull);
        List<Cue> cues = new ArrayList<>(sentiment.cues());
        cues.addAll(complaintCues);
        return new Sentiment(score, label(score), sentiment.vaderCompound(), sentiment.classifierPositive(), List.copyOf(cues));
    }

    public double score(String text) {
        return analyze(text, false).score();
    }

    private Label label(double score) {
        if (score >= blend.neutralBand()) {
            return Label.POSITIVE;
        }
        if (score <= -blend.neutralBand()) {
            return Label.NEGATIVE;
        }
        return Label.NEUTRAL;
    }

    /** Within [-1, 1], to four decimals. */
    private static double bounded(double score) {
        return Math.max(-1, Math.min(1, Math.round(score * 10_000) / 10_000.0));
    }

    private static double logit(double p) {
        double bounded = Math.max(1e-6, Math.min(1 - 1e-6, p));
        return Math.log(bounded / (1 - bounded));
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
