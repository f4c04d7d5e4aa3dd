package io.complaints.triage.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Reads a complaint: sentiment, anger and emotion, urgency, risk flags, category, language, and from them a
 * severity P1..P4 with every cue that moved it. Plain Java, thread-safe, no I/O after construction.
 */
public final class TriageAnalyzer {

    private static final double NEGATIVITY_ANGER = 0.3;
    private static final String NEGATIVITY_ANGER_RULE = "anger:negativity";
    /**
     * One mild insult ("joke"), a word of exasperation ("thanks for nothing"), three exclamation marks, a word
     * stressed in capitals ("do NOT"), or capitals across part of a negative text.
     */
    private static final double MIN_VOICED_ANGER = 0.15;
    private static final double MIN_EMOTION = 0.25;
    /** An insult, outrage, exasperation or a threat this strong is anger said outright ("Unacceptable!"). */
    private static final double SAID_ANGER = 0.25;
    /**
     * Praise said in mockery adds to anger voiced otherwise ("stranded with no money. brilliant."), but alone it is
     * weary more than angry: at 0.15, enough alone, it read six of eight mocking posts in public-posts-anger.tsv as
     * angry where their writers were not ("oh great, another delay. that's 3 in a row").
     */
    private static final double MOCKERY = 0.1;
    private static final double MIN_CATEGORY = 0.5;
    private static final double SAFETY_URGENCY = 0.5;
    private static final int MAX_EXPLANATION = 40;
    static final String COMPLAINT_LANGUAGE_RULE = "sentiment:complaint";
    private static final double MAX_COMPLAINT_LANGUAGE = 0.6;
    static final String PRAISE_LANGUAGE_RULE = "sentiment:praise";
    static final String DOWNPLAY_RULE = "sentiment:downplay";
    private static final double MAX_PRAISE_LANGUAGE = 0.6;
    /** Thanks ("thank you", "thx", "cheers", "appreciate it"), not "thanks in advance" nor "thanks for nothing". */
    private static final String THANKS_RULE = "sentiment:thanks";
    /** Cue words beyond this weight add nothing more to a category: a long text repeats itself. */
    private static final double MAX_CATEGORY_CUES = 2.0;
    /**
     * The category model's probability counts this much beside the cue words' weight. Measured on the CFPB
     * narratives (10-fold, the folds drawn over all of them): 1.2 / 1.6 / 2.0 / 2.5 give macro-F1 0.602 / 0.632 /
     * 0.647 / 0.649; 36 of the 39 retail complaints of RetailCategoriesTest keep the category their words name at 2.
     */
    private static final double CATEGORY_MODEL_WEIGHT = 2.0;

    /** The quick reading's p(own life) from which the sentence model is asked ({@link #mayTellOwnLife}). */
    private static final double OWN_LIFE_WORTH_ASKING = 0.3;
    private static final String INSULT_RULE = "anger:insult";
    private static final List<String> ANGER_RULES = List.of(INSULT_RULE, "anger:outrage", "anger:exasperation", "anger:threat");
    private static final Map<Emotion, String> EMOTION_RULES = Map.of(
            Emotion.FRUSTRATION, "emotion:frustration",
            Emotion.DISAPPOINTMENT, "emotion:disappointment",
            Emotion.ANXIETY, "emotion:anxiety");
    private static final String SAFETY_RULE = "urgency:safety";
    /**
     * A day named ("today", "tonight", "tomorrow"): pressing where something is wrong ("rent is due tomorrow"), but
     * no sign that something is ("switching over to the new router tonight"), so it counts for the urgency and not
     * for the complaint signal.
     */
    private static final String DAY_RULE = "urgency:day";
    private static final List<String> URGENCY_RULES = List.of("urgency:money", SAFETY_RULE, "urgency:deadline", DAY_RULE,
            "urgency:service-down");
    private static final List<Flag> TEXT_FLAGS = List.of(Flag.CHURN_THREAT, Flag.LEGAL_THREAT,
            Flag.REGULATOR_THREAT, Flag.POSSIBLE_ABUSE);

    private final SentimentAnalysis sentiment;
    private final EmbeddingClassifiers embeddings;
    private final CategoryClassifier categories;
    private final LanguageDetection languages;
    private final CueLexicons lexicons;
    private final TriagePolicy policy;

    public TriageAnalyzer(SentimentAnalysis sentiment, EmbeddingClassifiers embeddings, CategoryClassifier categories,
                          LanguageDetection languages, CueLexicons lexicons, TriagePolicy policy) {
        this.sentiment = sentiment;
        this.embeddings = embeddings;
        this.categories = categories;
        this.languages = languages;
        this.lexicons = lexicons;
        this.policy = policy;
        ANGER_RULES.forEach(lexicons::requireRule);
        lexicons.requireRule(COMPLAINT_LANGUAGE_RULE);
        lexicons.requireRule(PRAISE_LANGUAGE_RULE);
        lexicons.requireRule(DOWNPLAY_RULE);
        lexicons.requireRule(THANKS_RULE);
        lexicons.requireRule(ComplaintSignal.REQUEST_RULE);
        lexicons.requireRule(ComplaintSignal.NO_FAULT_RULE);
        lexicons.requireRule(ComplaintSignal.OWN_LIFE_RULE);
        lexicons.requireRule(ComplaintSignal.SERVICE_RULE);
        EMOTION_RULES.values().forEach(lexicons::requireRule);
        URGENCY_RULES.forEach(lexicons::requireRule);
        TEXT_FLAGS.forEach(flag -> lexicons.requireRule(flagRule(flag)));
        for (Category category : Category.values()) {
            if (category != Category.OTHER) {
                lexicons.requireRule(categoryRule(category));
            }
        }
    }

    private static String flagRule(Flag flag) {
        return "flag:" + flag.code();
    }

    private static String categoryRule(Category category) {
        return "category:" + category.code();
    }

    /** The shipped models and lexicons with the default policy. */
    public static TriageAnalyzer withDefaults() {
        return withPolicy(TriagePolicy.defaults());
    }

    public static TriageAnalyzer withPolicy(TriagePolicy policy) {
        return new TriageAnalyzer(
                SentimentAnalysis.shipped(),
                EmbeddingClassifiers.shipped(Runtime.getRuntime().availableProcessors()),
                CategoryClassifier.shipped(), new LanguageDetection(), CueLexicons.load(), policy);
    }

    /** What was read of each text before its triage, by text; see {@link #read}. */
    public static final class Readings {
        public static final Readings NONE = new Readings(Map.of());

        private final Map<String, Reading> byText;

        private Readings(Map<String, Reading> byText) {
            this.byText = byText;
        }
    }

    /**
     * What triage reads of a text before it decides anything: the words, the lexicons' cues, the complaint and
     * praise language, the words' sentiment and the embedding's reading (the quick one, or the sentence model's).
     */
    private record Reading(Text text, CueLexicons.Matches matches, List<Cue> complaintLanguage, double complaintPull,
                           List<Cue> praiseLanguage, double praisePull, SentimentAnalysis.Words words,
                           EmbeddingClassifiers.Reading embedding) {

        boolean sure(SentimentAnalysis sentiment) {
            return sentiment.sure(words, embedding.positive(), complaintPull, praisePull);
        }

        Reading with(EmbeddingClassifiers.Reading sentenceModel) {
            return new Reading(text, matches, complaintLanguage, complaintPull, praiseLanguage, praisePull, words, sentenceModel);
        }
    }

    public TriageResult analyze(ComplaintFacts facts) {
        return analyze(facts, Readings.NONE);
    }

    /** Several complaints at once, in their order, read side by side on the machine's cores. */
    public List<TriageResult> analyzeAll(List<ComplaintFacts> complaints) {
        List<String> texts = complaints.stream().map(ComplaintFacts::text).toList();
        Readings readings = readTexts(texts);
        return IntStream.range(0, complaints.size()).parallel()
                .mapToObj(i -> triage(complaints.get(i), readings.byText.get(texts.get(i))))
                .toList();
    }

    /**
     * Every text gets the quick reading of its word pieces; the sentence model, a hundred times the cost of the
     * rest, is asked only where it pays: the quick reading leaves the sentiment unsure or finds a negative text may
     * tell of the writer's own life ({@link #mayTellOwnLife}), and the sentence model reads the whole text. Of a
     * longer text (a complaint form's narrative) it reads only the first {@value SentenceEmbedding#MAX_TOKENS} word
     * pieces (as the quick reading does), while the word classifier and
     * VADER read all of it, and there it did not pay: on the CFPB narratives (10-fold, the quick reading fitted
     * without the held-out tenth) asking it read 77 % of those complaints as negative, and not asking 79 %, at
     * eleven milliseconds a narrative. This reads {@code complaints}, those
     * that need the sentence model side by side, for {@link #analyze(ComplaintFacts, Readings)} to use.
     */
    public Readings read(List<ComplaintFacts> complaints) {
        return readTexts(complaints.stream().map(ComplaintFacts::text).toList());
    }

    private Readings readTexts(List<String> texts) {
        List<Reading> quick = texts.stream().distinct().toList().parallelStream().map(this::readQuickly).toList();
        List<Reading> asking = quick.stream().filter(this::asksSentenceModel).toList();
        List<EmbeddingClassifiers.Reading> read = embeddings.readAll(asking.stream().map(reading -> reading.text().plain()).toList());
        Map<String, Reading> byText = new HashMap<>();
        quick.forEach(reading -> byText.put(reading.text().original(), reading));
        for (int i = 0; i < asking.size(); i++) {
            byText.put(asking.get(i).text().original(), asking.get(i).with(read.get(i)));
        }
        return new Readings(byText);
    }

    private Reading readQuickly(String original) {
        Text text = new Text(original);
        Optional<String> fireSlang = FireSlang.praise(text.plain());
        CueLexicons.Matches matches = fireSlang.isPresent() ? lexicons.match(text).without(SAFETY_RULE, "fire") : lexicons.match(text);
        boolean onlyAsks = Questions.onlyAsks(text.plain());
        List<Cue> complaintLanguage = complaintLanguage(text, matches, onlyAsks);
        Optional<Cue> fix = onlyAsks ? Optional.empty() : Resolutions.fix(text, complaintLanguage);
        if (fix.isPresent()) {
            complaintLanguage = Resolutions.troublesPutRight(complaintLanguage);
        }
        double complaintPull = SentimentAnalysis.complaintPull(complaintLanguage, MAX_COMPLAINT_LANGUAGE);
        List<Cue> praiseLanguage = praiseLanguage(text, matches, fireSlang, fix);
        double praisePull = SentimentAnalysis.praisePull(praiseLanguage, MAX_PRAISE_LANGUAGE);
        boolean grievanceTold = complaintPull < 0 && fix.isEmpty();
        return new Reading(text, matches, complaintLanguage, complaintPull, praiseLanguage, praisePull,
                sentiment.readWords(text.plain(), true, grievanceTold, praisedUnvexed(matches, praisePull)),
                embeddings.readQuickly(text.plain()));
    }

    /**
     * Thanks or praise language, and no word of frustration or disappointment ("card declined again, thanks a lot"):
     * the writer may be pleased ({@link SentimentAnalysis.Words#praiseUnopposed}).
     */
    private static boolean praisedUnvexed(CueLexicons.Matches matches, double praisePull) {
        return (praisePull > 0 || matches.total(THANKS_RULE) > 0)
                && matches.cues(EMOTION_RULES.get(Emotion.FRUSTRATION)).isEmpty()
                && matches.cues(EMOTION_RULES.get(Emotion.DISAPPOINTMENT)).isEmpty();
    }

    private boolean asksSentenceModel(Reading quick) {
        return (!quick.sure(sentiment) || mayTellOwnLife(quick)) && embeddings.sentenceModelReadsWhole(quick.text().original());
    }

    /**
     * A text surely negative that names no trouble and that the quick reading finds may tell of the writer's own life:
     * the sentence model tells it far better ({@link ComplaintSignal}; cross-validated on the written posts, at
     * p(own life) 0.7 it finds 155 of 200 such posts and takes 10 of 927 complaints, where the quick reading finds 107
     * and takes 17).
     */
    private boolean mayTellOwnLife(Reading quick) {
        return quick.embedding().ownLife() >= OWN_LIFE_WORTH_ASKING && !namesTrouble(quick)
                && sentiment.quickScore(quick.words(), quick.embedding().positive(), quick.complaintPull(), quick.praisePull()) < 0;
    }

    /**
     * Complaint language in words (not only an emoji: "missing vacation already 😭"), an insult, which names a culprit
     * ("absolute cowboys"), or a cue word of a category or of what a company provides or does ("the room", "my order").
     */
    private static boolean namesTrouble(Reading read) {
        return read.complaintLanguage().stream().anyMatch(cue -> cue.cue().codePoints().anyMatch(Character::isLetter))
                || read.matches().total(INSULT_RULE) > 0
                || read.matches().total(ComplaintSignal.SERVICE_RULE) > 0
                || Arrays.stream(Category.values()).anyMatch(category -> category != Category.OTHER && read.matches().total(categoryRule(category)) > 0);
    }

    /** One complaint, with what {@code readings} holds of its text, or read now if they hold nothing. */
    public TriageResult analyze(ComplaintFacts facts, Readings readings) {
        String text = facts.text();
        Reading read = readings.byText.get(text);
        return triage(facts, read != null ? read : readAlone(text));
    }

    /** A text read on its own: the quick reading, and the sentence model's where that leaves it unsure. */
    private Reading readAlone(String text) {
        Reading quick = readQuickly(text);
        return asksSentenceModel(quick) ? quick.with(embeddings.readAll(List.of(quick.text().plain())).get(0)) : quick;
    }

    /**
     * The lexicon's complaint language, a wait told in time, a failure counted in times, an amount paid for and not
     * got ("paying for 300mbps and getting 12") and a company's word quoted to dispute it ({@link QuotedClaims}), each
     * weighed by its side of a "but" ({@link Contrast}); in a text that only asks, none that a condition supposes ("can
     * I get a refund if my flight is delayed more than 2 hours?", {@link Questions#supposes}).
     */
    private static List<Cue> complaintLanguage(Text text, CueLexicons.Matches matches, boolean onlyAsks) {
        List<Cue> told = joined(matches.cues(COMPLAINT_LANGUAGE_RULE), TimeTold.waits(text), TimeTold.repeats(text),
                TimeTold.shortfalls(text), QuotedClaims.disputed(text, onlyAsks));
        if (onlyAsks) {
            told = told.stream().filter(cue -> !Questions.supposes(text, cue.cue())).toList();
        }
        return Contrast.weighed(text, told);
    }

    /**
     * The lexicon's praise language (but in a company's word quoted to dispute it, {@link QuotedClaims}) and downplaying
     * ("no big deal"), a fix told in minutes, hours or a day, a fix told after the trouble ({@link Resolutions}) and
     * "fire" said in praise ({@link FireSlang}), each weighed by its side of a "but" ({@link Contrast}).
     */
    private static List<Cue> praiseLanguage(Text text, CueLexicons.Matches matches, Optional<String> fireSlang, Optional<Cue> fix) {
        List<Cue> slang = fireSlang.map(said -> List.of(new Cue(said, PRAISE_LANGUAGE_RULE, FireSlang.PRAISE_WEIGHT))).orElse(List.of());
        return Contrast.weighed(text, joined(QuotedClaims.withoutDisputedPraise(text, matches.cues(PRAISE_LANGUAGE_RULE)),
                matches.cues(DOWNPLAY_RULE), TimeTold.quickFixes(text), fix.stream().toList(), slang));
    }

    @SafeVarargs
    private static List<Cue> joined(List<Cue>... parts) {
        List<Cue> cues = new ArrayList<>();
        for (List<Cue> part : parts) {
            cues.addAll(part);
        }
        return cues;
    }

    private TriageResult triage(ComplaintFacts facts, Reading read) {
        Text text = read.text();
        CueLexicons.Matches matches = read.matches();
        List<Cue> explanation = new ArrayList<>();

        double complaintPull = read.complaintPull();
        SentimentAnalysis.Sentiment mood = sentiment.withLanguage(sentiment.withLanguage(
                sentiment.blend(read.words(), read.embedding()), read.complaintLanguage(), complaintPull),
                read.praiseLanguage(), read.praisePull());
        explanation.addAll(mood.cues());

        List<Cue> angerCues = angerCues(text, matches, mood);
        double angerScore = clamp(CueLexicons.Matches.total(angerCues));
        explanation.addAll(angerCues);
        Emotion emotion = dominantEmotion(matches, angerScore, angerCues, explanation);

        List<Cue> urgencyCues = new ArrayList<>();
        URGENCY_RULES.forEach(rule -> urgencyCues.addAll(matches.cues(rule)));
        double urgencyScore = clamp(CueLexicons.Matches.total(urgencyCues));
        explanation.addAll(urgencyCues);

        LanguageDetection.Detection language = detectLanguage(text, facts);
        Set<Flag> flags = flags(text, matches, read.words().onlyAsks(), facts, language, mood, explanation);
        Category category = category(matches, categories.probabilities(text.original()), explanation);

        double urgencyOfTrouble = clamp(CueLexicons.Matches.total(
                urgencyCues.stream().filter(cue -> !cue.rule().equals(DAY_RULE)).toList()));
        List<Cue> noFault = Contrast.weighed(text, matches.cues(ComplaintSignal.NO_FAULT_RULE));
        ComplaintSignal.Reading complaint = ComplaintSignal.read(new ComplaintSignal.Evidence(read.words().asksForInformation(),
                facts.publicChannel(), mood.score(), complaintPull, angerScore, urgencyOfTrouble,
                flags, matches.cues(ComplaintSignal.REQUEST_RULE), noFault, matches.cues(ComplaintSignal.OWN_LIFE_RULE),
                read.embedding().ownLife(), namesTrouble(read)));
        if (!complaint.complaint()) {
            flags.add(Flag.NOT_A_COMPLAINT);
        }

        double points = severityPoints(mood.score(), angerScore, urgencyScore, flags, explanation);
        Severity severity = policy.severityFor(points, flags);
        explanation.addAll(complaint.cues());
        List<Cue> bounded = explanation.size() > MAX_EXPLANATION ? explanation.subList(0, MAX_EXPLANATION) : explanation;
        return new TriageResult(mood, Cue.round(angerScore), emotion, Cue.round(urgencyScore), category, flags,
                language.language(), Cue.round(points), severity, complaint.probability(), List.copyOf(bounded));
    }

    /**
     * Negativity; anger words and threats only in a text that does not read positive, where they are a
     * swearword's emphasis or a joke ("that's fucking great", "a proper farce, I love it"); capitals and
     * exclamation marks only in a negative text, where they raise the voice of a grievance ("I love it!!!"), and so
     * does praise said in mockery ("stranded with no money. brilliant.", {@link VaderSentiment#forComplaints}).
     */
    private List<Cue> angerCues(Text text, CueLexicons.Matches matches, SentimentAnalysis.Sentiment mood) {
        List<Cue> cues = new ArrayList<>();
        if (mood.score() < 0) {
            cues.add(new Cue("negative sentiment", NEGATIVITY_ANGER_RULE, Cue.round(NEGATIVITY_ANGER * -mood.score())));
        }
        if (mood.label() == SentimentAnalysis.Label.NEGATIVE) {
            cues.addAll(RaisedVoice.cues(text));
            mood.cues().stream().filter(VaderSentiment::isMockery).findFirst()
                    .ifPresent(cue -> cues.add(new Cue(cue.cue(), "anger:mockery", MOCKERY)));
        }
        if (mood.label() != SentimentAnalysis.Label.POSITIVE) {
            ANGER_RULES.forEach(rule -> cues.addAll(matches.cues(rule)));
        }
        return cues;
    }

    private static boolean angerVoiced(List<Cue> angerCues) {
        return CueLexicons.Matches.total(angerCues.stream().filter(cue -> !cue.rule().equals(NEGATIVITY_ANGER_RULE)).toList())
                >= MIN_VOICED_ANGER;
    }

    /**
     * The emotion with the most evidence. Anger needs more than negativity: a sad, worried or let-down text is
     * negative too, so anger is the emotion only where something voices it (an insult, outrage, exasperation, a
     * threat, capitals or exclamation marks), while the anger score still counts negativity for the severity. A
     * word of anger said outright (an insult, outrage, exasperation or a threat of at least
     * {@value #SAID_ANGER}) outweighs the words of any other emotion: "5 weeks waiting for a replacement part and
     * nobody will give me a date. Unacceptable!" is angry, not frustrated, for all its "waiting" and "nobody".
     */
    private Emotion dominantEmotion(CueLexicons.Matches matches, double angerScore, List<Cue> angerCues,
                                    List<Cue> explanation) {
        boolean angry = angerVoiced(angerCues) && angerScore >= MIN_EMOTION;
        Emotion dominant = angry ? Emotion.ANGER : Emotion.CALM;
        boolean angerSaid = CueLexicons.Matches.total(
                angerCues.stream().filter(cue -> ANGER_RULES.contains(cue.rule())).toList()) >= SAID_ANGER;
        double strongest = !angry ? 0 : angerSaid ? Double.MAX_VALUE : angerScore;
        for (Emotion candidate : List.of(Emotion.FRUSTRATION, Emotion.DISAPPOINTMENT, Emotion.ANXIETY)) {
            List<Cue> cues = matches.cues(EMOTION_RULES.get(candidate));
            explanation.addAll(cues);
            double total = CueLexicons.Matches.total(cues);
            if (total >= MIN_EMOTION && total > strongest) {
                strongest = total;
                dominant = candidate;
            }
        }
        return dominant;
    }

    private LanguageDetection.Detection detectLanguage(Text text, ComplaintFacts facts) {
        LanguageDetection.Detection detected = languages.detect(text);
        if (detected.language().equals(LanguageDetection.UNDETERMINED) && facts.declaredLanguage() != null) {
            return new LanguageDetection.Detection(facts.declaredLanguage().substring(0, 2), 0, "declared");
        }
        return detected;
    }

    /**
     * The flags; safety only in a text that does not read positive, as a safety issue pages whatever else the text
     * says, and words of harm in praise report none ("roaring fire, good food", "the guard got me to the hospital in
     * time for the birth, thank you"); no threat a text that only asks supposes ("if I switch to the unlimited plan do
     * I lose my discount", {@link Questions#supposes}).
     */
    private Set<Flag> flags(Text text, CueLexicons.Matches matches, boolean onlyAsks, ComplaintFacts facts,
                            LanguageDetection.Detection language, SentimentAnalysis.Sentiment mood, List<Cue> explanation) {
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        for (Flag flag : TEXT_FLAGS) {
            List<Cue> cues = matches.cues(flagRule(flag)).stream()
                    .filter(cue -> !(onlyAsks && Questions.supposes(text, cue.cue()))).toList();
            if (CueLexicons.Matches.total(cues) >= policy.flagThreshold()) {
                flags.add(flag);
                explanation.addAll(cues);
            }
        }
        if (matches.total(SAFETY_RULE) >= SAFETY_URGENCY && mood.label() != SentimentAnalysis.Label.POSITIVE) {
            flags.add(Flag.SAFETY);
        }
        if (facts.publicChannel()) {
            flags.add(Flag.PUBLIC_CHANNEL);
        }
        if (facts.otherComplaintsInWindow() >= policy.repeatAfterPriorComplaints()) {
            flags.add(Flag.REPEAT_COMPLAINER);
            explanation.add(new Cue(facts.otherComplaintsInWindow() + " other complaint(s) of this customer", "flag:repeat_complainer", 1));
        }
        if (facts.customerTier() != null && policy.vipTiers().contains(facts.customerTier())) {
            flags.add(Flag.VIP);
        }
        if (facts.lifetimeValue() != null && facts.lifetimeValue().compareTo(policy.highLifetimeValue()) >= 0) {
            flags.add(Flag.HIGH_VALUE);
        }
        if (!language.language().equals(LanguageDetection.ENGLISH) && !language.language().equals(LanguageDetection.UNDETERMINED)) {
            flags.add(Flag.NON_ENGLISH);
            explanation.add(new Cue(language.language(), "language:" + language.method(), Cue.round(language.confidence())));
        }
        return flags;
    }

    /**
     * The category with the most evidence, if it has at least {@value #MIN_CATEGORY}: its cue words' weight (up to
     * {@value #MAX_CATEGORY_CUES}) plus {@value #CATEGORY_MODEL_WEIGHT} times the category model's probability.
     * The model learned from consumer-finance complaints, most of them about credit reports: it knows billing,
     * service, advertising and account problems, not deliveries or product faults, and on its own it may read a
     * retail complaint as one of those. The cue words know them, so a text that names its category
     * clearly keeps it, and the model decides where the words are few, mixed or absent.
     */
    private Category category(CueLexicons.Matches matches, Map<Category, Double> probabilities, List<Cue> explanation) {
        double[] evidence = categoryEvidence(matches, probabilities);
        Category best = Category.OTHER;
        double bestEvidence = MIN_CATEGORY - 1e-9;
        for (Category category : Category.values()) {
            if (category != Category.OTHER && evidence[category.ordinal()] > bestEvidence) {
                bestEvidence = evidence[category.ordinal()];
                best = category;
            }
        }
        if (best != Category.OTHER) {
            explanation.addAll(matches.cues(categoryRule(best)));
            double odds = probabilities.getOrDefault(best, 0.0);
            if (Cue.round(CATEGORY_MODEL_WEIGHT * odds) > 0) {
                explanation.add(new Cue("whole text", "category:" + CategoryClassifier.MODEL + " p(" + best.code() + ")=" + Cue.round(odds),
                        Cue.round(CATEGORY_MODEL_WEIGHT * odds)));
            }
        }
        return best;
    }

    /**
     * Each category's evidence by ordinal: its cue words' weight, capped at {@value #MAX_CATEGORY_CUES}, plus
     * {@value #CATEGORY_MODEL_WEIGHT} times the category model's probability; "other" has {@value #MIN_CATEGORY},
     * what a category needs at least.
     */
    private double[] categoryEvidence(CueLexicons.Matches matches, Map<Category, Double> probabilities) {
        double[] evidence = new double[Category.values().length];
        for (Category category : Category.values()) {
            evidence[category.ordinal()] = category == Category.OTHER ? MIN_CATEGORY
                    : Math.min(MAX_CATEGORY_CUES, matches.total(categoryRule(category))) + CATEGORY_MODEL_WEIGHT * probabilities.getOrDefault(category, 0.0);
        }
        return evidence;
    }

    private double severityPoints(double sentimentScore, double angerScore, double urgencyScore, Set<Flag> flags,
                                  List<Cue> explanation) {
        List<Cue> points = new ArrayList<>();
        if (sentimentScore < 0) {
            points.add(new Cue("negativity " + Cue.round(-sentimentScore), "severity:sentiment", Cue.round(policy.negativityWeight() * -sentimentScore)));
        }
        if (angerScore > 0) {
            points.add(new Cue("anger " + Cue.round(angerScore), "severity:anger", Cue.round(policy.angerWeight() * angerScore)));
        }
        if (urgencyScore > 0) {
            points.add(new Cue("urgency " + Cue.round(urgencyScore), "severity:urgency", Cue.round(policy.urgencyWeight() * urgencyScore)));
        }
        for (Flag flag : flags) {
            double weight = policy.flagWeights().getOrDefault(flag, 0.0);
            if (weight != 0) {
                points.add(new Cue(flag.code(), "severity:flag", weight));
            }
        }
        // Severity cues lead the explanation: they are what a manager reads first.
        explanation.addAll(0, points);
        return CueLexicons.Matches.total(points);
    }

    private static double clamp(double value) {
        return Math.max(0, Math.min(1, value));
    }
}
