package io.complaints.triage.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The sentiment of a complaint: VADER's compound score blended with two classifiers' opinions, the OpenNLP
 * classifier over words and a linear model over an embedding (the quick one of the text's word pieces, or the
 * sentence model's where the quick one leaves the text unsure, see {@link #sure}):
 * score = vaderWeight * compound + classifierWeight * tanh(classifierSlope * logit(p_words(positive)))
 *         + embeddingWeight * tanh(embeddingSlope * logit(p_embedding(positive))).
 * The gentle slopes keep VADER's sense of intensity (what the tweet ratings measure) while letting the
 * classifiers decide the texts VADER scores near zero or misreads. Without an embedding reading the first
 * two share its weight.
 */
public final class SentimentAnalysis {

    public enum Label { NEGATIVE, NEUTRAL, POSITIVE }

    public record Sentiment(double score, Label label, double vaderCompound, double classifierPositive, List<Cue> cues) {
    }

    /**
     * The weights; {@code sureAt}: a text whose score with the quick reading of its word pieces is at least this
     * far from zero is scored without asking the sentence model (it rarely changes such a score's sign, and costs
     * a hundred times as much); {@code unjudgingShare}: how much of the two classifiers' opinion counts for a text
     * that judges nothing: one that only asks for information ("@AcmeAir is flight 455 on time tonight?") or only
     * tells the writer's plans ("switching over to the new router tonight", {@link Plans}). They learned from
     * reviews, which judge, and read a plain question or plan to a company as mildly negative (p(positive)
     * 0.1-0.4). VADER's positive words count nothing in a question: they name what is asked about ("which devices
     * support the 4K plan?", "are smart meters free?"), not pleasure; its negative words count whole ("is my train
     * cancelled again?" asks about a grievance), and a text of plans with a negative word is not read as plans.
     * The same share of their gloom counts where the writer thanks or praises and nothing in the text is bad
     * ({@link Words#praiseUnopposed}).
     */
    public record Blend(double vaderWeight, double classifierWeight, double classifierSlope, double embeddingWeight,
                        double embeddingSlope, double neutralBand, double sureAt, double unjudgingShare) {
        /**
         * Neutral within ±0.1. VADER's ±0.05 suits its own compound, not this blend; the band trades the tweets'
         * 3-class F1 against complaints read negative (±0.05 / 0.1 / 0.2: 0.65 / 0.69 / 0.73 and 0.72 / 0.70 / 0.64
         * of the CFPB narratives). Sure at ±0.4: on the tweets, with the sentence model asked only for the
         * sentiment, ±0.3 / 0.35 / 0.4 / 0.45 ask about 42 / 49 / 56 / 63 % of them for a Pearson r of 0.882 /
         * 0.883 / 0.885 / 0.887. A text that judges nothing keeps 0.35 of the classifiers' opinion: at 0.5 / 0.35 / 0.25
         * the tweets' Pearson r was 0.8849 / 0.8848 / 0.8846 and public-posts-anger.tsv's 3-class macro-F1 0.927 / 0.930
         * / 0.931, as plain questions ("how much luggage can I take to Gatwick") read negative less often.
         */
        public static final Blend DEFAULT = new Blend(0.5, 0.2, 0.3, 0.3, 0.5, 0.1, 0.4, 0.35);
        /** The blend before the embedding model, for comparison. */
        public static final Blend WORDS_ONLY = new Blend(0.55, 0.45, 0.3, 0, 0.5, 0.05, 0, 1);

        Blend withoutEmbedding() {
            double words = vaderWeight + classifierWeight;
            return new Blend(vaderWeight / words, classifierWeight / words, classifierSlope, 0, embeddingSlope, neutralBand, sureAt, unjudgingShare);
        }
    }

    /** No embedding reading: the words alone decide. */
    public static final double NO_EMBEDDING = Double.NaN;

    private final VaderSentiment vader;
    private final SentimentClassifier classifier;
    private final Blend blend;

    /** What the triage ships: VADER for complaints, the shipped word classifier, the default blend. */
    public static SentimentAnalysis shipped() {
        return new SentimentAnalysis(VaderSentiment.forComplaints(), SentimentClassifier.shipped(), Blend.DEFAULT);
    }

    public SentimentAnalysis(VaderSentiment vader, SentimentClassifier classifier, Blend blend) {
        this.vader = vader;
        this.classifier = classifier;
        this.blend = blend;
    }

    /**
     * What a text's words say, before any embedding reading: VADER's score (with its cues where explained), the word
     * classifier's p(positive), whether the text asks for information ({@link Questions#asksForInformation}), and
     * whether it only asks or only tells plans. Read once per text and
     * {@link #blend blended} with the quick reading, then with the sentence model's where the quick one was unsure.
     * {@code praiseUnopposed}: the writer thanks or praises, VADER finds no negative word in the text (its praise
     * language may be words VADER lacks: "what a gent"), and no complaint language tells a grievance: "the team
     * fixed the burst pipe on our street in under three hours, thank you", "claim paid within a week, no fuss at all.
     * thank you" read neutral, as the classifiers, which learned from reviews, read a plain story of service as
     * mildly negative (p(positive) 0.2-0.3 from both). Only their gloom is discounted; where they read the text
     * pleased, their opinion counts whole.
     */
    public record Words(VaderSentiment.Score vader, double classifierPositive, boolean asksForInformation, boolean onlyAsks,
                        boolean onlyPlans, boolean praiseUnopposed) {
    }

    /**
     * {@code grievanceTold}: the text holds complaint language ({@link #complaintPull}), so praise standing alone
     * in it is read as mockery ({@link VaderSentiment#forComplaints}); {@code thanksOrPraise}: the text holds thanks
     * or praise language ({@link #praisePull}); {@code explain}: VADER lists its cues.
     */
    public Words readWords(String text, boolean explain, boolean grievanceTold, boolean thanksOrPraise) {
        VaderSentiment.Score vaderScore = explain ? vader.explain(text, grievanceTold) : vader.score(text, grievanceTold);
        boolean discounting = blend.unjudgingShare() < 1;
        boolean asks = Questions.asksForInformation(text);
        boolean onlyAsks = discounting && asks && Questions.everySentenceAsks(text);
        boolean onlyPlans = discounting && !onlyAsks && vaderScore.compound() >= 0 && Plans.onlyTold(text);
        boolean praiseUnopposed = discounting && thanksOrPraise && !grievanceTold && !onlyAsks
                && vaderScore.compound() >= 0 && vaderScore.negative() == 0;
        return new Words(vaderScore, classifier.positiveProbability(text), asks, onlyAsks, onlyPlans, praiseUnopposed);
    }

    /**
     * Whether the text's score with the quick embedding reading's p(positive) is far enough from neutral that the
     * sentence model need not be asked.
     */
    public boolean sure(String text, double quickPositive) {
        return sure(readWords(text, false, false, false), quickPositive, 0, 0);
    }

    /**
     * As {@link #sure(String, double)} for words already read, with the {@link #complaintPull} of the text's
     * complaint language and the {@link #praisePull} of its praise language added.
     */
    public boolean sure(Words words, double quickPositive, double complaintPull, double praisePull) {
        return blend.embeddingWeight() == 0 || Math.abs(quickScore(words, quickPositive, complaintPull, praisePull)) >= blend.sureAt();
    }

    /** The score {@link #sure(Words, double, double, double)} weighs. */
    public double quickScore(Words words, double quickPositive, double complaintPull, double praisePull) {
        return weigh(words, quickReading(quickPositive)).score() + complaintPull + praisePull;
    }

    /** With the reading of an embedding model; its p(positive) {@link #NO_EMBEDDING}: the words alone. */
    public Sentiment analyze(String text, boolean explain, EmbeddingClassifiers.Reading reading) {
        return blend(readWords(text, explain, false, false), reading);
    }

    /** The words' reading blended with an embedding model's; cues as far as the words were explained. */
    public Sentiment blend(Words words, EmbeddingClassifiers.Reading reading) {
        Opinions opinions = weigh(words, reading);
        VaderSentiment.Score vaderScore = words.vader();
        List<Cue> cues = new ArrayList<>();
        for (Cue cue : vaderScore.cues()) {
            cues.add(new Cue(cue.cue(), cue.rule(), Cue.round(cue.weight() * opinions.weights().vaderWeight())));
        }
        cues.add(new Cue("whole text", "sentiment:opennlp-maxent p(positive)=" + Cue.round(words.classifierPositive()),
                Cue.round(opinions.classifier())));
        if (opinions.embedded()) {
            cues.add(new Cue("whole text", "sentiment:" + reading.model() + " p(positive)=" + Cue.round(reading.positive()),
                    Cue.round(opinions.embedding())));
        }
        if (opinions.judgementDiscount() != 0) {
            double discount = Cue.round(opinions.judgementDiscount());
            if (words.onlyAsks()) {
                cues.add(new Cue("a question, not an opinion", "sentiment:question", discount));
            } else if (words.onlyPlans()) {
                cues.add(new Cue("plans told, not an opinion", "sentiment:plans", discount));
            } else {
                cues.add(new Cue("thanks or praise, nothing bad told", "sentiment:praise-unopposed", discount));
            }
        }
        return new Sentiment(opinions.score(), label(opinions.score()), vaderScore.compound(), words.classifierPositive(), cues);
    }

    /** The blend's parts: the weights used, each classifier's opinion, a judgement's discount, and the score. */
    private record Opinions(Blend weights, boolean embedded, double classifier, double embedding, double judgementDiscount,
                            double score) {
    }

    /** The score of the words with an embedding reading, without the cues that explain it. */
    private Opinions weigh(Words words, EmbeddingClassifiers.Reading reading) {
        double embeddingPositive = reading.positive();
        boolean embedded = !Double.isNaN(embeddingPositive);
        Blend weights = embedded ? blend : blend.withoutEmbedding();
        double compound = words.vader().compound();
        double classifierOpinion = weights.classifierWeight()
                * Math.tanh(weights.classifierSlope() * logit(words.classifierPositive()));
        double embeddingOpinion = embedded
                ? weights.embeddingWeight() * Math.tanh(weights.embeddingSlope() * logit(embeddingPositive)) : 0;
        double judgementDiscount = 0;
        if (words.onlyAsks() || words.onlyPlans()) {
            judgementDiscount = (weights.unjudgingShare() - 1) * (classifierOpinion + embeddingOpinion)
                    - (words.onlyAsks() ? weights.vaderWeight() * Math.max(0, compound) : 0);
        } else if (words.praiseUnopposed()) {
            judgementDiscount = (weights.unjudgingShare() - 1) * Math.min(0, classifierOpinion + embeddingOpinion);
        }
        double score = bounded(weights.vaderWeight() * compound + classifierOpinion + embeddingOpinion + judgementDiscount);
        return new Opinions(weights, embedded, classifierOpinion, embeddingOpinion, judgementDiscount, score);
    }

    /**
     * How far complaint language pulls a sentiment down: phrases such as "never arrived" or "charged twice" that
     * say something went wrong without words a general sentiment lexicon knows. Their weights (negative) add up
     * to at most {@code maxPull}.
     */
    public static double complaintPull(List<Cue> complaintCues, double maxPull) {
        return Math.max(-maxPull, CueLexicons.Matches.total(complaintCues));
    }

    /**
     * How far praise language pulls a sentiment up: what customers say of good service that reviews of films and
     * restaurants do not ("went above and beyond", "fixed it in 5 minutes"). Their weights add up to at most
     * {@code maxPull}.
     */
    public static double praisePull(List<Cue> praiseCues, double maxPull) {
        return Math.min(maxPull, CueLexicons.Matches.total(praiseCues));
    }

    /**
     * The sentiment with the pull of its complaint ({@link #complaintPull}) or praise language ({@link #praisePull})
     * added, each phrase shown as a cue.
     */
    public Sentiment withLanguage(Sentiment sentiment, List<Cue> phrases, double pull) {
        if (phrases.isEmpty()) {
            return sentiment;
        }
        double score = bounded(sentiment.score() + pull);
        List<Cue> cues = new ArrayList<>(sentiment.cues());
        cues.addAll(phrases);
        return new Sentiment(score, label(score), sentiment.vaderCompound(), sentiment.classifierPositive(), List.copyOf(cues));
    }

    /** {@code embeddingPositive}: an embedding model's p(positive), or {@link #NO_EMBEDDING}. */
    public double score(String text, double embeddingPositive) {
        return weigh(readWords(text, false, false, false), quickReading(embeddingPositive)).score();
    }

    private static EmbeddingClassifiers.Reading quickReading(double embeddingPositive) {
        return new EmbeddingClassifiers.Reading("", embeddingPositive, Double.NaN);
    }

    /**
     * The score with the quick model's p(positive), or with the sentence model's where the quick one leaves the
     * text unsure; as the triage asks them.
     */
    public double scoreAsking(String text, ToDoubleFunction<String> quickModel, ToDoubleFunction<String> sentenceModel) {
        double quick = quickModel.applyAsDouble(text);
        return score(text, sure(text, quick) ? quick : sentenceModel.applyAsDouble(text));
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
}
