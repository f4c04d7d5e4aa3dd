package io.complaints.triage.evaluation;

import com.vader.sentiment.analyzer.SentimentAnalyzer;
import io.complaints.triage.analysis.Category;
import io.complaints.triage.analysis.CategoryClassifier;
import io.complaints.triage.analysis.ComplaintFacts;
import io.complaints.triage.analysis.CueLexicons;
import io.complaints.triage.analysis.EmbeddingClassifiers;
import io.complaints.triage.analysis.Emotion;
import io.complaints.triage.analysis.Flag;
import io.complaints.triage.analysis.LanguageDetection;
import io.complaints.triage.analysis.LinearClassifier;
import io.complaints.triage.analysis.SentimentAnalysis;
import io.complaints.triage.analysis.SentenceEstimate;
import io.complaints.triage.analysis.SentimentClassifier;
import io.complaints.triage.analysis.Severity;
import io.complaints.triage.analysis.TriageAnalyzer;
import io.complaints.triage.analysis.TriagePolicy;
import io.complaints.triage.analysis.TriageResult;
import io.complaints.triage.analysis.VaderSentiment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;

/**
 * Measures triage on the labelled sets in ../shared/data and prints the figures the module README records:
 * accuracy (10-fold cross-validated wherever the classifier saw the set), Pearson r and macro-F1 against
 * human ratings it never saw, category macro-F1 on CFPB complaints, and single-core throughput next to the
 * VADER library measured in the same run.
 *
 * <pre>./mvnw -pl triage-service -Pevaluate test-compile exec:java</pre>
 */
public final class TriageEvaluation {

    private static final int FOLDS = 10;
    private static final long SHUFFLE_SEED = 7;
    private static final double NEUTRAL_RATING = 0.5;

    /** VADER as published, the baseline. */
    private final VaderSentiment vader = new VaderSentiment();
    /** VADER as the triage reads complaints with it. */
    private final VaderSentiment complaintsVader = VaderSentiment.forComplaints();
    private final Map<String, String> figures = new LinkedHashMap<>();

    public static void main(String[] args) throws IOException {
        if (!LabelledData.available()) {
            System.out.println("No labelled data in " + LabelledData.directory() + "; set -D" + LabelledData.DIRECTORY_PROPERTY);
            return;
        }
        new TriageEvaluation().run();
    }

    public Map<String, String> run() throws IOException {
        List<LabelledData.Labelled> yelp = LabelledData.sentences(SentimentModelTrainer.YELP);
        List<LabelledData.Labelled> imdb = LabelledData.sentences(SentimentModelTrainer.IMDB);
        List<LabelledData.Rated> tweets = LabelledData.ratings("tweets_GroundTruth.txt");
        List<LabelledData.Rated> snippets = LabelledData.ratings(SentimentModelTrainer.SNIPPETS);

        try (EmbeddingClassifiers shippedModels = EmbeddingClassifiers.shipped(Runtime.getRuntime().availableProcessors())) {
            EmbeddingModelTrainer.Embeddings embeddings = EmbeddingModelTrainer.Embeddings.ofSentences(shippedModels.embedding());
            EmbeddingModelTrainer.Embeddings estimates = EmbeddingModelTrainer.Embeddings.ofEstimates(shippedModels);
            report("yelp binary accuracy, VADER alone", accuracy(yelp, text -> vader.score(text).compound()));
            report("yelp binary accuracy, 10-fold CV, words only", crossValidatedAccuracy(yelp, SentimentModelTrainer.trainingSetWithout(SentimentModelTrainer.YELP), null, null));
            report("yelp binary accuracy, 10-fold CV", crossValidatedAccuracy(yelp, SentimentModelTrainer.trainingSetWithout(SentimentModelTrainer.YELP), embeddings, estimates));
            report("imdb binary accuracy, 10-fold CV, words only", crossValidatedAccuracy(imdb, SentimentModelTrainer.trainingSetWithout(SentimentModelTrainer.IMDB), null, null));
            report("imdb binary accuracy, 10-fold CV", crossValidatedAccuracy(imdb, SentimentModelTrainer.trainingSetWithout(SentimentModelTrainer.IMDB), embeddings, estimates));

            SentimentAnalysis shipped = SentimentAnalysis.shipped();
            SentimentAnalysis wordsOnly = new SentimentAnalysis(complaintsVader, SentimentClassifier.shipped(), SentimentAnalysis.Blend.WORDS_ONLY);
            ToDoubleFunction<String> withEmbedding = text -> shipped.scoreAsking(text,
                    quick -> shippedModels.readEstimate(estimates.of(List.of(quick))[0]).positive(),
                    unsure -> shippedModels.read(embeddings.of(List.of(unsure))[0]).positive());
            embeddings.of(tweets.stream().map(LabelledData.Rated::text).toList());
            embeddings.of(snippets.stream().map(LabelledData.Rated::text).toList());
            report("tweets Pearson r, VADER alone", pearson(tweets, text -> vader.score(text).compound()));
            report("tweets Pearson r (unseen), words only", pearson(tweets, text -> wordsOnly.score(text, SentimentAnalysis.NO_EMBEDDING)));
            report("tweets Pearson r (unseen)", pearson(tweets, withEmbedding));
            report("tweets 3-class macro-F1 (unseen)", threeClassMacroF1(tweets, withEmbedding));
            report("movie snippets Pearson r, VADER alone", pearson(snippets, text -> vader.score(text).compound()));
            report("movie snippets Pearson r (clear ones trained on)", pearson(snippets, withEmbedding));
            report("movie snippets 3-class macro-F1 (clear ones trained on)", threeClassMacroF1(snippets, withEmbedding));

            TriageAnalyzer analyzer = analyzer(shipped, shippedModels, CategoryClassifier.shipped());
            // the triage's own sentiment, with its complaint-language cues, on the same sets
            ToDoubleFunction<String> triagedTweets = triaged(analyzer, tweets.stream().map(LabelledData.Rated::text).toList());
            report("tweets Pearson r, full triage (unseen)", pearson(tweets, triagedTweets));
            report("tweets 3-class macro-F1, full triage (unseen)", threeClassMacroF1(tweets, triagedTweets));
            complaintSignal(analyzer, yelp, tweets);
            writtenPosts(shippedModels, embeddings);
            cfpb(analyzer, shipped, shippedModels);
            throughput(wordsOnly, analyzer, tweets, yelp, LabelledData.cfpb().stream().map(LabelledData.CfpbComplaint::narrative).toList());
        }
        return figures;
    }

    /** The triage's sentiment score of each text (a public post), analysed in one batch. */
    private static ToDoubleFunction<String> triaged(TriageAnalyzer analyzer, List<String> texts) {
        List<TriageResult> results = analyzer.analyzeAll(texts.stream().map(TriageEvaluation::publicPost).toList());
        Map<String, Double> scores = new HashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            scores.put(texts.get(i), results.get(i).sentiment().score());
        }
        return scores::get;
    }

    /**
     * The classifiers retrained without the held-out tenth, ten times, the sentiment over the sentence vectors
     * reading the quick {@code estimates} too; {@code embeddings} and {@code estimates} null: the word classifier
     * and VADER only. The folds are trained side by side (each is independent, and training takes one core).
     */
    double crossValidatedAccuracy(List<LabelledData.Labelled> evaluated, List<LabelledData.Labelled> alsoTrainedOn,
                                  EmbeddingModelTrainer.Embeddings embeddings, EmbeddingModelTrainer.Embeddings estimates) {
        List<LabelledData.Labelled> shuffled = new ArrayList<>(evaluated);
        Collections.shuffle(shuffled, new Random(SHUFFLE_SEED));
        int correct = IntStream.range(0, FOLDS).parallel()
                .map(fold -> correctInFold(shuffled, fold, alsoTrainedOn, embeddings, estimates)).sum();
        return (double) correct / shuffled.size();
    }

    private int correctInFold(List<LabelledData.Labelled> shuffled, int fold, List<LabelledData.Labelled> alsoTrainedOn,
                              EmbeddingModelTrainer.Embeddings embeddings, EmbeddingModelTrainer.Embeddings estimates) {
        Fold<LabelledData.Labelled> split = Fold.of(shuffled, fold);
        List<LabelledData.Labelled> training = new ArrayList<>(alsoTrainedOn);
        training.addAll(split.trained());
        List<LabelledData.Labelled> held = split.held();
        SentimentClassifier words;
        try {
            words = new SentimentClassifier(SentimentModelTrainer.train(training));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SentimentAnalysis analysis = new SentimentAnalysis(complaintsVader, words,
                embeddings == null ? SentimentAnalysis.Blend.WORDS_ONLY : SentimentAnalysis.Blend.DEFAULT);
        LinearClassifier meaning = embeddings == null ? null : EmbeddingModelTrainer.sentiment(training, embeddings);
        int correct = 0;
        for (LabelledData.Labelled sentence : held) {
            double score = meaning == null ? analysis.score(sentence.text(), SentimentAnalysis.NO_EMBEDDING)
                    : analysis.scoreAsking(sentence.text(), text -> positive(meaning, estimates, text), text -> positive(meaning, embeddings, text));
            if ((score >= 0) == sentence.positive()) {
                correct++;
            }
        }
        return correct;
    }

    private static double positive(LinearClassifier model, EmbeddingModelTrainer.Embeddings vectors, String text) {
        return model.probabilities(vectors.of(List.of(text))[0])[model.index(SentimentClassifier.POSITIVE)];
    }

    private static double accuracy(List<LabelledData.Labelled> data, ToDoubleFunction<String> score) {
        long correct = data.stream().filter(s -> (score.applyAsDouble(s.text()) >= 0) == s.positive()).count();
        return (double) correct / data.size();
    }

    static double pearson(List<LabelledData.Rated> data, ToDoubleFunction<String> score) {
        double sx = 0, sy = 0, sxx = 0, syy = 0, sxy = 0;
        int n = data.size();
        for (LabelledData.Rated rated : data) {
            double x = score.applyAsDouble(rated.text());
            double y = rated.rating();
            sx += x;
            sy += y;
            sxx += x * x;
            syy += y * y;
            sxy += x * y;
        }
        return (n * sxy - sx * sy) / Math.sqrt((n * sxx - sx * sx) * (n * syy - sy * sy));
    }

    /** Ratings above +0.5 are positive, below -0.5 negative, neutral between; scores use the label's ±0.05 band. */
    private static double threeClassMacroF1(List<LabelledData.Rated> data, ToDoubleFunction<String> score) {
        List<String> truth = new ArrayList<>();
        List<String> predicted = new ArrayList<>();
        for (LabelledData.Rated rated : data) {
            truth.add(rated.rating() > NEUTRAL_RATING ? "positive" : rated.rating() < -NEUTRAL_RATING ? "negative" : "neutral");
            double s = score.applyAsDouble(rated.text());
            predicted.add(s >= SentimentAnalysis.Blend.DEFAULT.neutralBand() ? "positive"
                    : s <= -SentimentAnalysis.Blend.DEFAULT.neutralBand() ? "negative" : "neutral");
        }
        return macroF1(truth, predicted);
    }

    public static double macroF1(List<String> truth, List<String> predicted) {
        double sum = 0;
        TreeSet<String> classes = new TreeSet<>(truth);
        for (String c : classes) {
            int tp = 0, fp = 0, fn = 0;
            for (int i = 0; i < truth.size(); i++) {
                boolean actual = truth.get(i).equals(c);
                boolean guessed = predicted.get(i).equals(c);
                if (actual && guessed) {
                    tp++;
                } else if (guessed) {
                    fp++;
                } else if (actual) {
                    fn++;
                }
            }
            double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
            double recall = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
            sum += precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }
        return sum / classes.size();
    }

    /** A text as a standard customer's message on a private channel, without subject or history. */
    private static ComplaintFacts standardCustomer(String text) {
        return new ComplaintFacts(null, text, false, "standard", null, null, null, 0);
    }

    /** A text as a standard customer's public post (a tweet, a review). */
    private static ComplaintFacts publicPost(String text) {
        return new ComplaintFacts(null, text, true, "standard", null, null, null, 0);
    }

    private void cfpb(TriageAnalyzer analyzer, SentimentAnalysis sentiment, EmbeddingClassifiers shippedModels) throws IOException {
        List<LabelledData.CfpbComplaint> complaints = LabelledData.cfpb();
        List<TriageResult> results = analyzer.analyzeAll(complaints.stream().map(c -> standardCustomer(c.narrative())).toList());
        int negative = 0;
        int legalOrRegulator = 0;
        Map<Severity, Integer> severities = new EnumMap<>(Severity.class);
        for (TriageResult result : results) {
            if (result.sentiment().label() == SentimentAnalysis.Label.NEGATIVE) {
                negative++;
            }
            severities.merge(result.severity(), 1, Integer::sum);
            if (result.flags().contains(Flag.LEGAL_THREAT) || result.flags().contains(Flag.REGULATOR_THREAT)) {
                legalOrRegulator++;
            }
        }
        report("CFPB complaints labelled negative", (double) negative / complaints.size());
        report("CFPB complaints the sentence model was asked about", askedShare(results));
        report("CFPB complaints read as complaints (complaint signal >= 0.5)", complaintShare(results, i -> true));
        report("CFPB complaints read as angry", angryShare(results, i -> true));
        report("CFPB complaints flagged legal/regulator", (double) legalOrRegulator / complaints.size());
        for (Severity severity : Severity.values()) {
            report("CFPB complaints triaged " + severity + " (standard customer, web)", (double) severities.getOrDefault(severity, 0) / complaints.size());
        }

        CategoryFigures category = crossValidatedCategory(complaints, sentiment, shippedModels);
        report("CFPB category macro-F1, cue words alone (" + category.complaints() + " with a mapped issue)", category.cuesAloneMacroF1());
        report("CFPB category macro-F1, category model alone, 10-fold CV", category.modelAloneMacroF1());
        report("CFPB category accuracy, 10-fold CV", category.accuracy());
        report("CFPB category macro-F1, 10-fold CV", category.macroF1());
    }

    /**
     * The posts written for the project, 10-fold: both sentiment classifiers and the own-life model retrained without
     * the held-out tenth (the quick estimate, fitted on their texts but not their labels, stays), the held-out posts
     * read as public posts. The posts of the writer's own life ({@link WrittenPosts#OWN_LIFE}) are among them, and
     * only the own-life model learns from them, as in the shipped models.
     */
    private void writtenPosts(EmbeddingClassifiers shippedModels, EmbeddingModelTrainer.Embeddings embeddings) throws IOException {
        Set<WrittenPosts.Post> ownLife = new HashSet<>(WrittenPosts.of(WrittenPosts.OWN_LIFE));
        List<WrittenPosts.Post> shuffled = new ArrayList<>(WrittenPosts.all());
        shuffled.addAll(ownLife);
        Collections.shuffle(shuffled, new Random(SHUFFLE_SEED));
        List<LabelledData.Labelled> others = SentimentModelTrainer.trainingSetWithout(SentimentModelTrainer.POSTS);
        SentenceEstimate estimate = SentenceEstimate.shipped();
        CategoryClassifier categories = CategoryClassifier.shipped();
        List<WrittenPosts.Post> posts = new ArrayList<>();
        List<TriageResult> results = new ArrayList<>();
        for (int fold = 0; fold < FOLDS; fold++) {
            Fold<WrittenPosts.Post> split = Fold.of(shuffled, fold);
            List<WrittenPosts.Post> held = split.held();
            List<LabelledData.Labelled> training = new ArrayList<>(others);
            training.addAll(SentimentModelTrainer.weighted(split.trained().stream().filter(post -> !ownLife.contains(post)).toList()));
            SentimentAnalysis sentiment = new SentimentAnalysis(complaintsVader,
                    new SentimentClassifier(SentimentModelTrainer.train(training)), SentimentAnalysis.Blend.DEFAULT);
            EmbeddingClassifiers models = new EmbeddingClassifiers(shippedModels.embedding(),
                    EmbeddingModelTrainer.sentiment(training, embeddings),
                    EmbeddingModelTrainer.ownLife(split.trained(), embeddings), estimate);
            posts.addAll(held);
            results.addAll(analyzer(sentiment, models, categories)
                    .analyzeAll(held.stream().map(post -> publicPost(post.text())).toList()));
        }
        List<String> meant = posts.stream().map(WrittenPosts.Post::meant).toList();
        List<String> read = results.stream().map(result -> result.sentiment().label().name().toLowerCase(Locale.ROOT)).toList();
        List<String> texts = posts.stream().map(WrittenPosts.Post::text).toList();
        report("written posts 3-class macro-F1, 10-fold CV", macroF1(meant, read));
        report("written posts complaint-or-not F1, 10-fold CV",
                Detection.of(texts, i -> posts.get(i).complaint(), i -> results.get(i).complaintConfidence() >= 0.5).f1());
        report("written posts anger F1, 10-fold CV",
                Detection.of(texts, i -> posts.get(i).angry(), i -> results.get(i).emotion() == Emotion.ANGER).f1());
        report("posts of the writer's own life read as complaints, 10-fold CV", complaintShare(results, i -> ownLife.contains(posts.get(i))));
    }

    /**
     * The complaint signal where the truth is near enough known, all as public posts: negative restaurant
     * reviews are complaints, positive ones praise; tweets rated clearly negative mostly complaints, clearly
     * positive ones not. The CFPB narratives (complaints sent to a regulator's form) are read as direct.
     */
    private void complaintSignal(TriageAnalyzer analyzer, List<LabelledData.Labelled> yelp, List<LabelledData.Rated> tweets) {
        List<TriageResult> reviews = analyzer.analyzeAll(yelp.stream().map(y -> publicPost(y.text())).toList());
        List<TriageResult> rated = analyzer.analyzeAll(tweets.stream().map(t -> publicPost(t.text())).toList());
        report("tweets the sentence model was asked about", askedShare(rated));
        report("yelp negative sentences read as complaints", complaintShare(reviews, i -> !yelp.get(i).positive()));
        report("yelp positive sentences (praise) read as complaints", complaintShare(reviews, i -> yelp.get(i).positive()));
        report("tweets rated <= -1 read as complaints", complaintShare(rated, i -> tweets.get(i).rating() <= -1));
        report("tweets rated -0.5..0.5 read as complaints", complaintShare(rated, i -> Math.abs(tweets.get(i).rating()) <= NEUTRAL_RATING));
        report("tweets rated >= 1 read as complaints", complaintShare(rated, i -> tweets.get(i).rating() >= 1));
        // no set labelled with anger is licensed to ship: where anger is plausible and where it is not
        report("yelp negative sentences read as angry", angryShare(reviews, i -> !yelp.get(i).positive()));
        report("yelp positive sentences read as angry", angryShare(reviews, i -> yelp.get(i).positive()));
        report("tweets rated <= -2 read as angry", angryShare(rated, i -> tweets.get(i).rating() <= -2));
        report("tweets rated -0.5..0.5 read as angry", angryShare(rated, i -> Math.abs(tweets.get(i).rating()) <= NEUTRAL_RATING));
        report("tweets rated >= 1 read as angry", angryShare(rated, i -> tweets.get(i).rating() >= 1));
    }

    /** The share of triages whose explanation shows the sentence model's sentiment cue: it was asked. */
    private static double askedShare(List<TriageResult> results) {
        return results.stream().filter(result -> result.explanation().stream()
                .anyMatch(cue -> cue.rule().startsWith("sentiment:" + EmbeddingClassifiers.SENTENCE_MODEL + " p("))).count() / (double) results.size();
    }

    private static double complaintShare(List<TriageResult> results, IntPredicate included) {
        return share(results, included, result -> result.complaintConfidence() >= 0.5);
    }

    private static double angryShare(List<TriageResult> results, IntPredicate included) {
        return share(results, included, result -> result.emotion() == Emotion.ANGER);
    }

    private static double share(List<TriageResult> results, IntPredicate included, Predicate<TriageResult> counted) {
        int count = 0;
        int matching = 0;
        for (int i = 0; i < results.size(); i++) {
            if (included.test(i)) {
                count++;
                matching += counted.test(results.get(i)) ? 1 : 0;
            }
        }
        return (double) matching / count;
    }

    record CategoryFigures(int complaints, double cuesAloneMacroF1, double modelAloneMacroF1, double accuracy, double macroF1) {
    }

    /** The category model retrained without the held-out tenth, ten times, and the cue words alone. */
    static CategoryFigures crossValidatedCategory(List<LabelledData.CfpbComplaint> complaints, SentimentAnalysis sentiment,
                                                  EmbeddingClassifiers shippedModels) throws IOException {
        List<LabelledData.CfpbComplaint> categorized = new ArrayList<>(LabelledData.categorized(complaints));
        Collections.shuffle(categorized, new Random(SHUFFLE_SEED));
        List<String> truth = new ArrayList<>();
        List<String> predicted = new ArrayList<>();
        List<String> byCuesAlone = new ArrayList<>();
        List<String> byModelAlone = new ArrayList<>();
        CategoryClassifier noCategory = new CategoryClassifier(List.of(), new float[0],
                new LinearClassifier(List.of(Category.OTHER.code()), new float[1][0], new float[1]));
        TriageAnalyzer cuesAlone = analyzer(sentiment, shippedModels, noCategory);
        for (int fold = 0; fold < FOLDS; fold++) {
            Fold<LabelledData.CfpbComplaint> split = Fold.of(categorized, fold);
            List<ComplaintFacts> held = split.held().stream().map(complaint -> standardCustomer(complaint.narrative())).toList();
            split.held().forEach(complaint -> truth.add(LabelledData.CFPB_ISSUE_CATEGORY.get(complaint.issue())));
            CategoryClassifier foldModel = CategoryModelTrainer.train(split.trained());
            analyzer(sentiment, shippedModels, foldModel).analyzeAll(held).forEach(result -> predicted.add(result.category().code()));
            for (ComplaintFacts facts : held) {
                Map<Category, Double> odds = foldModel.probabilities(facts.text());
                byModelAlone.add(Collections.max(odds.entrySet(), Map.Entry.comparingByValue()).getKey().code());
            }
            cuesAlone.analyzeAll(held).forEach(result -> byCuesAlone.add(result.category().code()));
        }
        return new CategoryFigures(truth.size(), macroF1(truth, byCuesAlone), macroF1(truth, byModelAlone),
                accuracyOf(truth, predicted), macroF1(truth, predicted));
    }

    private static TriageAnalyzer analyzer(SentimentAnalysis sentiment, EmbeddingClassifiers models, CategoryClassifier categories) {
        return new TriageAnalyzer(sentiment, models, categories, new LanguageDetection(), CueLexicons.load(), TriagePolicy.defaults());
    }

    private static double accuracyOf(List<String> truth, List<String> predicted) {
        int correct = 0;
        for (int i = 0; i < truth.size(); i++) {
            correct += truth.get(i).equals(predicted.get(i)) ? 1 : 0;
        }
        return (double) correct / truth.size();
    }

    private void throughput(SentimentAnalysis sentiment, TriageAnalyzer analyzer, List<LabelledData.Rated> tweets,
                            List<LabelledData.Labelled> yelp, List<String> narratives) {
        List<String> texts = new ArrayList<>();
        tweets.forEach(t -> texts.add(t.text()));
        yelp.forEach(y -> texts.add(y.text()));
        double library = textsPerSecond(texts, text -> {
            try {
                SentimentAnalyzer analyzerOfLibrary = new SentimentAnalyzer(text);
                analyzerOfLibrary.analyze();
                return analyzerOfLibrary.getPolarity().get("compound");
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        double ours = textsPerSecond(texts, text -> vader.score(text).compound());
        double words = textsPerSecond(texts, text -> sentiment.score(text, SentimentAnalysis.NO_EMBEDDING));
        double oneByOne = textsPerSecond(texts.subList(0, 1000), text -> analyzer.analyze(standardCustomer(text)).severityPoints());
        double batched = batchedTextsPerSecond(texts, analyzer);
        double batchedNarratives = batchedTextsPerSecond(narratives, analyzer);
        figures.put("throughput, VADER library (baseline)", String.format("%,.0f texts/s", library));
        figures.put("throughput, VADER rules here", String.format("%,.0f texts/s (%.1fx the library)", ours, ours / library));
        figures.put("throughput, sentiment of words (VADER + word classifier)", String.format("%,.0f texts/s (%.1fx the library)", words, words / library));
        figures.put("throughput, full triage, one complaint at a time", String.format("%,.0f texts/s", oneByOne));
        figures.put("throughput, full triage, batches of 1,000 (POST /triage/analyze)", String.format("%,.0f texts/s on %d cores",
                batched, Runtime.getRuntime().availableProcessors()));
        figures.put("throughput, the same, CFPB narratives (about 200 words)", String.format("%,.0f texts/s", batchedNarratives));
        System.out.println(figures.entrySet().stream().skip(figures.size() - 6)
                .map(e -> String.format("%-48s %s", e.getKey(), e.getValue())).reduce((a, b) -> a + "\n" + b).orElse(""));
    }

    /** The texts in batches of 1,000, as POST /triage/analyze takes them: a warm-up pass, then the best of three. */
    private static double batchedTextsPerSecond(List<String> texts, TriageAnalyzer analyzer) {
        List<ComplaintFacts> facts = texts.stream().map(TriageEvaluation::standardCustomer).toList();
        double best = 0;
        for (int round = 0; round < 4; round++) {
            long start = System.nanoTime();
            for (int from = 0; from < facts.size(); from += 1000) {
                analyzer.analyzeAll(facts.subList(from, Math.min(from + 1000, facts.size())));
            }
            double rate = facts.size() / ((System.nanoTime() - start) / 1e9);
            best = round == 0 ? 0 : Math.max(best, rate);
        }
        return best;
    }

    /** Single thread: a warm-up pass, then the best of three timed passes. */
    private static double textsPerSecond(List<String> texts, ToDoubleFunction<String> work) {
        double sink = 0;
        for (String text : texts) {
            sink += work.applyAsDouble(text);
        }
        double best = 0;
        for (int round = 0; round < 3; round++) {
            long start = System.nanoTime();
            for (String text : texts) {
                sink += work.applyAsDouble(text);
            }
            best = Math.max(best, texts.size() / ((System.nanoTime() - start) / 1e9));
        }
        if (Double.isNaN(sink)) {
            System.out.println("(unreachable) " + sink);
        }
        return best;
    }

    private void report(String name, double value) {
        String formatted = String.format("%.3f", value);
        figures.put(name, formatted);
        System.out.printf("%-48s %s%n", name, formatted);
    }

    /** One fold of a shuffled list: every {@value #FOLDS}th item, from the fold's own offset, held out. */
    private record Fold<T>(List<T> trained, List<T> held) {

        static <T> Fold<T> of(List<T> shuffled, int fold) {
            List<T> trained = new ArrayList<>();
            List<T> held = new ArrayList<>();
            for (int i = 0; i < shuffled.size(); i++) {
                (i % FOLDS == fold ? held : trained).add(shuffled.get(i));
            }
            return new Fold<>(trained, held);
        }
    }
}
