package io.complaints.escalation.cases;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Map;
import java.util.Set;

@ConfigMapping(prefix = "escalation")
public interface EscalationConfig {

    Sla sla();

    Remedy remedy();

    Queue queue();

    interface Queue {
        /** How often QueueSweeper hands queued cases to anyone with a free slot (read by its schedule). */
        @WithDefault("5s")
        String sweepInterval();
    }

    interface Sla {
        /** Acknowledge and resolve targets by severity (P1..P4). */
        Map<String, Target> targets();

        /** Share of a target at which sla.warning goes out. */
        @WithDefault("0.8")
        double warningShare();

        BusinessHours businessHours();

        /** How often due SLA timers are looked for (read by SlaTimerPoller's schedule). */
        @WithDefault("1s")
        String pollInterval();
    }

    interface Target {
        Duration acknowledge();

        Duration resolve();
    }

    interface BusinessHours {
        /** Off: SLA clocks run around the clock. */
        @WithDefault("false")
        boolean enabled();

        @WithDefault("UTC")
        String zone();

        @WithDefault("09:00")
        LocalTime opens();

        @WithDefault("17:00")
        LocalTime closes();

        @WithDefault("MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY")
        Set<DayOfWeek> days();
    }

    interface Remedy {
        /**
         * Largest amount each tier may give on its own, per currency ({@code limits.frontline.EUR=50}); tiers not
         * listed have no limit, a listed tier gives nothing on its own in a currency it has no limit for.
         */
        Map<String, Map<String, BigDecimal>> limits();
    }
}
