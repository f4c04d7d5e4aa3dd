package io.complaints.escalation.routing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Where a new complaint starts: the first rule whose conditions all hold decides the tier; otherwise the
 * default tier. Public-channel complaints also get a public acknowledgement and a private follow-up task.
 * This is data, stored and changed through PUT /routing-policy, not code branches.
 */
public record RoutingPolicy(List<Rule> rules, HandlerTier defaultTier, Set<String> publicAcknowledgementFlags) {

    public static final String PUBLIC_ACKNOWLEDGEMENT = "public_acknowledgement";
    public static final String PRIVATE_FOLLOW_UP = "private_follow_up";
    public static final String RESOLVE = "resolve";
    /** A case records the rule that routed it in a column of this size. */
    public static final int MAX_RULE_NAME_LENGTH = 100;

    /** Conditions left empty match anything. */
    public record Rule(String name, Set<String> severities, Set<String> anyFlags, Set<String> allFlags,
                       Set<String> categories, HandlerTier tier) {

        boolean matches(String severity, Set<String> flags, String category) {
            return (isEmpty(severities) || severities.contains(severity))
                    && (isEmpty(anyFlags) || anyFlags.stream().anyMatch(flags::contains))
                    && (isEmpty(allFlags) || flags.containsAll(allFlags))
                    && (isEmpty(categories) || categories.contains(category));
        }

        private static boolean isEmpty(Set<String> condition) {
            return condition == null || condition.isEmpty();
        }
    }

    public record Decision(HandlerTier tier, String rule, List<String> tasks) {
    }

    public Decision route(String severity, Set<String> flags, String category) {
        List<String> tasks = publicAcknowledgementFlags != null && publicAcknowledgementFlags.stream().anyMatch(flags::contains)
                ? List.of(PUBLIC_ACKNOWLEDGEMENT, PRIVATE_FOLLOW_UP, RESOLVE)
                : List.of(RESOLVE);
        for (Rule rule : rules) {
            if (rule.matches(severity, flags, category)) {
                return new Decision(rule.tier(), rule.name(), tasks);
            }
        }
        return new Decision(defaultTier, "default", tasks);
    }

    /** What makes this policy unusable; empty when it is fine. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (defaultTier == null) {
            problems.add("defaultTier is required");
        }
        if (rules == null) {
            problems.add("rules is required (it may be empty)");
        } else {
            for (int i = 0; i < rules.size(); i++) {
                Rule rule = rules.get(i);
                if (rule.name() == null || rule.name().isBlank()) {
                    problems.add("rules[" + i + "].name is required");
                } else if (rule.name().length() > MAX_RULE_NAME_LENGTH) {
                    problems.add("rules[" + i + "].name is longer than " + MAX_RULE_NAME_LENGTH + " characters");
                }
                if (rule.tier() == null) {
                    problems.add("rules[" + i + "].tier is required");
                }
            }
        }
        return problems;
    }
}
