package io.complaints.triage.complaint;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Set;

@ConfigMapping(prefix = "triage")
public interface TriageConfig {

    /** Customer tiers that count as VIP. */
    @WithDefault("vip,platinum")
    Set<String> vipTiers();

    @WithDefault("10000")
    BigDecimal highLifetimeValue();

    Repeat repeat();

    Severity severity();

    Trend trend();

    interface Repeat {
        /** How far before or after a complaint the same customer's other complaints count. */
        @WithDefault("P30D")
        Duration window();

        /** A complaint is a repeat once the customer has this many other complaints within the window. */
        @WithDefault("1")
        long afterPriorComplaints();
    }

    interface Severity {
        @WithDefault("6")
        double p1Points();

        @WithDefault("4")
        double p2Points();

        @WithDefault("2")
        double p3Points();
    }

    interface Trend {
        @WithDefault("PT1H")
        Duration window();

        /** Complaints about one product within the window that raise a trend.spike. */
        @WithDefault("5")
        int productThreshold();

        /** Complaints in one category within the window that raise a trend.spike. */
        @WithDefault("50")
        int categoryThreshold();
    }
}
