package io.complaints.support.outbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.function.ToLongFunction;

/** The outbox's gauges and counters, registered at start-up so dashboards see them before the first event. */
@Startup
@ApplicationScoped
public class OutboxMetrics {

    static final String PUBLISHED = "outbox.events.published";
    static final String FAILED = "outbox.events.failed";

    public OutboxMetrics(MeterRegistry registry) {
        registry.counter(PUBLISHED);
        registry.counter(FAILED);
        registry.gauge("outbox.events.pending", this, metrics -> backlog(OutboxBacklog::pending));
        // how long the oldest event has waited for Kafka: alerts watch this, not the count
        registry.gauge("outbox.oldest.pending.age.seconds", this, metrics -> backlog(OutboxBacklog::oldestPendingAgeSeconds));
    }

    /** The backlog now, or NaN while the database cannot say: a gauge must not throw. */
    private static double backlog(ToLongFunction<OutboxBacklog> figure) {
        try {
            return figure.applyAsLong(OutboxBacklog.measure());
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }
}
