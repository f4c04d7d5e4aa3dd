package io.complaints.support.consume;

import io.complaints.support.retry.Backoff;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/**
 * How a consumer waits out a passing failure (see {@link io.complaints.support.retry.TransientFailures}):
 * it retries the record in place, its partition held, with waits from {@code first-delay} doubling up to
 * {@code max-delay}, and dead-letters it with the reason only after {@code give-up-after}.
 */
@ConfigMapping(prefix = "consume.retry")
public interface RetryConfig {

    @WithDefault("PT0.5S")
    Duration firstDelay();

    @WithDefault("PT30S")
    Duration maxDelay();

    @WithDefault("PT10M")
    Duration giveUpAfter();

    default Backoff backoff() {
        return new Backoff(firstDelay(), maxDelay());
    }
}
