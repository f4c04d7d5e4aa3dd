package io.complaints.followup.followup;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Map;

@ConfigMapping(prefix = "followup")
public interface FollowUpConfig {

    /** Delay after resolution when no more specific one applies. */
    @WithDefault("PT72H")
    Duration defaultDelay();

    /** Delays by "P1.social", "P1" or "social", most specific first. */
    Map<String, Duration> delays();

    Reminders reminders();

    /** How often due follow-ups are looked for. */
    @WithDefault("1s")
    String pollInterval();

    interface Reminders {
        @WithDefault("PT24H")
        Duration interval();

        /** Reminders after the first request; no answer after the last one expires the follow-up. */
        @WithDefault("2")
        int count();
    }
}
