package io.complaints.support.due;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/**
 * How an item of background work (an outbox row, an SLA timer, a follow-up) that fails on its own is
 * treated: it waits {@code first-delay}, doubling up to {@code max-delay}, between tries, and after
 * {@code park-after} failures it is parked for ops (GET /ops/parked) instead of being tried forever.
 */
@ConfigMapping(prefix = "parking")
public interface ParkingConfig {

    @WithDefault("10")
    int parkAfter();

    @WithDefault("PT1S")
    Duration firstDelay();

    @WithDefault("PT5M")
    Duration maxDelay();
}
