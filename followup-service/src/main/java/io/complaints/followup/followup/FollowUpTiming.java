package io.complaints.followup.followup;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * When to ask the customer how it went: resolvedAt plus a delay looked up from the most specific key,
 * "P1.social", then "P1", then "social", then the default.
 */
public record FollowUpTiming(Duration defaultDelay, Map<String, Duration> delays) {

    public Duration delayFor(String severity, String channel) {
        for (String key : new String[] {severity + "." + channel, severity, channel}) {
            Duration delay = delays.get(key);
            if (delay != null) {
                return delay;
            }
        }
        return defaultDelay;
    }

    public Instant dueAt(Instant resolvedAt, String severity, String channel) {
        return resolvedAt.plus(delayFor(severity, channel));
    }
}
