package io.complaints.escalation.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The SLA clocks of a case: acknowledge and resolve targets per severity, a warning at a share of each
 * (80 % by default) and the breach at 100 %, counted in business hours when they are set.
 */
public final class SlaSchedule {

    public enum Target { ACKNOWLEDGE, RESOLVE }

    public enum Stage { WARNING, BREACH }

    public record Targets(Duration acknowledge, Duration resolve) {
    }

    public record Deadline(Target target, Stage stage, Instant due) {
    }

    private final Map<String, Targets> bySeverity;
    private final double warningShare;
    private final Optional<BusinessHours> businessHours;

    public SlaSchedule(Map<String, Targets> bySeverity, double warningShare, Optional<BusinessHours> businessHours) {
        this.bySeverity = bySeverity;
        this.warningShare = warningShare;
        this.businessHours = businessHours;
    }

    public Instant due(Instant start, Duration target) {
        return businessHours.map(hours -> hours.plus(start, target)).orElse(start.plus(target));
    }

    public Instant deadline(String severity, Target target, Instant start) {
        Targets targets = targets(severity);
        return due(start, target == Target.ACKNOWLEDGE ? targets.acknowledge() : targets.resolve());
    }

    /** The warning and breach moments of the given targets, started at {@code start}. */
    public List<Deadline> deadlines(String severity, Instant start, List<Target> targets) {
        List<Deadline> deadlines = new ArrayList<>();
        for (Target target : targets) {
            Duration full = target == Target.ACKNOWLEDGE ? targets(severity).acknowledge() : targets(severity).resolve();
            Duration warning = Duration.ofMillis(Math.round(full.toMillis() * warningShare));
            deadlines.add(new Deadline(target, Stage.WARNING, due(start, warning)));
            deadlines.add(new Deadline(target, Stage.BREACH, due(start, full)));
        }
        return deadlines;
    }

    private Targets targets(String severity) {
        Targets targets = bySeverity.get(severity);
        if (targets == null) {
            throw new IllegalArgumentException("No SLA targets for severity " + severity);
        }
        return targets;
    }
}
