package io.complaints.triage.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * How likely a text is a complaint rather than a question, a request or praise: a logistic over what the
 * triage already read. Negativity, complaint language, anger, urgency and threats speak for a complaint;
 * a question, a polite request, praise and a trouble told as no one's fault ("dropped my phone in the toilet, my own
 * fault, what are my options") against. The weights are set by hand, not fitted (no labelled
 * complaint/not-complaint set whose licence allows training is reachable here); the module README gives
 * the figures on the sets we have.
 */
public final class ComplaintSignal {

    public static final String REQUEST_RULE = "complaint:request";
    public static final String NO_FAULT_RULE = "complaint:no-fault";
    public static final String OWN_LIFE_RULE = "complaint:own-life";
    public static final String SERVICE_RULE = "complaint:service";
    /**
     * Where a text tells nothing either way: what came through a company's own channels (web form, e-mail,
     * chat, phone) leans to a complaint; what social listening or a review site sends leans the other way.
     */
    private static final double PRIOR_DIRECT = 1.0;
    private static final double PRIOR_PUBLIC = -0.5;
    private static final double NEGATIVITY = 4;
    private static final double COMPLAINT_LANGUAGE = 2;
    private static final double ANGER = 2;
    private static final double URGENCY = 2;
    private static final double THREAT = 1.5;
    private static final double QUESTION = -1;
    private static final double MAX_REQUEST = 1.5;
    private static final double MAX_NO_FAULT = 2;
    private static final double PRAISE = -3;
    /** The own-life model's probabilities from which it takes back negativity, and at which all of it. */
    private static final double OWN_LIFE_FROM = 0.6;
    private static final double OWN_LIFE_ALL = 0.85;
    private static final Set<Flag> THREATS = Set.of(Flag.LEGAL_THREAT, Flag.REGULATOR_THREAT, Flag.CHURN_THREAT,
            Flag.POSSIBLE_ABUSE, Flag.SAFETY);

    /**
     * What was read of the text, as the triage measured it. {@code ownLifeCues}: phrases of the writer's own feelings
     * and life ("so sad to be leaving Maui", "tore my ACL"); {@code ownLife}: the own-life model's probability that a
     * negative text tells of the writer's own life ({@link EmbeddingClassifiers}; NaN where not read);
     * {@code namesTrouble}: whether the text's words name a trouble a company could answer for: complaint language in
     * words (not only an emoji such as 😭), an insult, or a cue word of what a company provides or does (a parcel, a
     * bill, an agent).
     */
    public record Evidence(boolean asksForInformation, boolean publicChannel, double sentimentScore, double complaintLanguage,
                           double anger, double urgency, Set<Flag> flags, List<Cue> requestCues, List<Cue> noFaultCues,
                           List<Cue> ownLifeCues, double ownLife, boolean namesTrouble) {
    }

    /** The probability, and the cues whose weights add up to its log-odds (the channel's prior first). */
    public record Reading(double probability, List<Cue> cues) {
        public boolean complaint() {
            return probability >= 0.5;
        }
    }

    private ComplaintSignal() {
    }

    public static Reading read(Evidence evidence) {
        List<Cue> cues = new ArrayList<>();
        add(cues, evidence.publicChannel() ? "public channel" : "direct channel", "complaint:channel",
                evidence.publicChannel() ? PRIOR_PUBLIC : PRIOR_DIRECT);
        double negativity = Math.max(0, -evidence.sentimentScore());
        add(cues, "negativity " + Cue.round(negativity), "complaint:negativity", NEGATIVITY * negativity);
        add(cues, "complaint language", "complaint:language", COMPLAINT_LANGUAGE * Math.abs(evidence.complaintLanguage()));
        add(cues, "anger " + Cue.round(evidence.anger()), "complaint:anger", ANGER * evidence.anger());
        add(cues, "urgency " + Cue.round(evidence.urgency()), "complaint:urgency", URGENCY * evidence.urgency());
        for (Flag flag : evidence.flags()) {
            if (THREATS.contains(flag)) {
                add(cues, flag.code(), "complaint:threat", THREAT);
            }
        }
        addOwnLife(cues, evidence, NEGATIVITY * negativity + ANGER * evidence.anger());
        if (evidence.asksForInformation()) {
            add(cues, "question", "complaint:question", QUESTION);
        }
        addAgainst(cues, evidence.requestCues(), REQUEST_RULE, MAX_REQUEST);
        addAgainst(cues, evidence.noFaultCues(), NO_FAULT_RULE, MAX_NO_FAULT);
        double praise = Math.max(0, evidence.sentimentScore());
        add(cues, "praise " + Cue.round(praise), "complaint:praise", PRAISE * praise);
        double logOdds = CueLexicons.Matches.total(cues);
        return new Reading(Cue.round(1 / (1 + Math.exp(-logOdds))), List.copyOf(cues));
    }

    /**
     * Negativity and anger told of the writer's own feelings and life, where the text names no trouble a company could
     * answer for ({@link Evidence#namesTrouble}), no urgency of a trouble and no threat: taken back, as far as the own-life phrases' weights reach, or as the own-life model's probability goes
     * from {@value #OWN_LIFE_FROM} to {@value #OWN_LIFE_ALL}. Where the phrases' weights add up below zero a grievance or
     * a judgement is told ("tired of", "worst martini ever", "won't go back"), and none is taken back. "@Delta so sad to
     * be leaving Maui" is sad, and no complaint; "so sad, my flight got cancelled" still is one.
     */
    private static void addOwnLife(List<Cue> cues, ComplaintSignal.Evidence evidence, double negativeWeight) {
        double phrases = Math.min(1, CueLexicons.Matches.total(evidence.ownLifeCues()));
        if (negativeWeight <= 0 || evidence.namesTrouble() || evidence.urgency() > 0 || phrases < 0
                || evidence.flags().stream().anyMatch(THREATS::contains)) {
            return;
        }
        double model = Double.isNaN(evidence.ownLife()) ? 0
                : Math.min(1, Math.max(0, (evidence.ownLife() - OWN_LIFE_FROM) / (OWN_LIFE_ALL - OWN_LIFE_FROM)));
        List<String> said = new ArrayList<>(evidence.ownLifeCues().stream().map(Cue::cue).toList());
        if (model > 0) {
            said.add("own life p=" + Cue.round(evidence.ownLife()));
        }
        double share = Math.max(phrases, model);
        if (share > 0) {
            add(cues, String.join(", ", said), OWN_LIFE_RULE, -share * negativeWeight);
        }
    }

    /** Phrases that speak against a complaint, their weights added up to {@code max}, as one cue that names them all. */
    private static void addAgainst(List<Cue> cues, List<Cue> phrases, String rule, double max) {
        double weight = Math.min(max, CueLexicons.Matches.total(phrases));
        if (weight > 0) {
            add(cues, String.join(", ", phrases.stream().map(Cue::cue).toList()), rule, -weight);
        }
    }

    private static void add(List<Cue> cues, String cue, String rule, double weight) {
        if (weight != 0) {
            cues.add(new Cue(cue, rule, Cue.round(weight)));
        }
    }
}
