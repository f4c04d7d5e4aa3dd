package io.complaints.triage.analysis;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/** The knobs of triage: who counts as VIP, how much each signal weighs, where the severity lines are. */
public record TriagePolicy(
        Set<String> vipTiers,
        BigDecimal highLifetimeValue,
        long repeatAfterPriorComplaints,
        double flagThreshold,
        double negativityWeight,
        double angerWeight,
        double urgencyWeight,
        Map<Flag, Double> flagWeights,
        Set<Flag> alwaysP1,
        double p1Points,
        double p2Points,
        double p3Points) {

    public static TriagePolicy defaults() {
        Map<Flag, Double> flagWeights = new EnumMap<>(Flag.class);
        flagWeights.put(Flag.LEGAL_THREAT, 2.0);
        flagWeights.put(Flag.REGULATOR_THREAT, 2.0);
        flagWeights.put(Flag.SAFETY, 3.0);
        flagWeights.put(Flag.CHURN_THREAT, 1.0);
        flagWeights.put(Flag.PUBLIC_CHANNEL, 1.0);
        flagWeights.put(Flag.REPEAT_COMPLAINER, 1.0);
        flagWeights.put(Flag.VIP, 1.5);
        flagWeights.put(Flag.HIGH_VALUE, 1.0);
        flagWeights.put(Flag.POSSIBLE_ABUSE, 0.5);
        flagWeights.put(Flag.NON_ENGLISH, 0.0);
        return new TriagePolicy(Set.of("vip", "platinum"), new BigDecimal("10000"), 1, 0.8,
                2.0, 2.0, 3.0, flagWeights, Set.of(Flag.SAFETY), 6.0, 4.0, 2.0);
    }

    public Severity severityFor(double points, Set<Flag> flags) {
        for (Flag flag : flags) {
            if (alwaysP1.contains(flag)) {
                return Severity.P1;
            }
        }
        if (flags.contains(Flag.NOT_A_COMPLAINT)) {
            return Severity.P4;
        }
        if (points >= p1Points) {
            return Severity.P1;
        }
        if (points >= p2Points) {
            return Severity.P2;
        }
        return points >= p3Points ? Severity.P3 : Severity.P4;
    }
}
