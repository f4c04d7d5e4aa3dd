package io.complaints.support.outbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

/** The outbox's gauges and counters, registered at start-up so dashboards see them before the first event. */
@Startup
@ApplicationScoped
public class OutboxMetrics {

    static final String PUBLISHED = "outbox.events.published";
    static final String FAILED = "outbox.events.failed";

    public OutboxMetrics(MeterRegistry registry) {
        registry.counter(PUBLISHED);
        registry.counter(FAILED);
        registry.gauge("outbox.events.pending", this, metrics -> pending());
    }

    private static double pending() {
        try {
            return QuarkusTransaction.requiringNew().call(OutboxEvent::countPending);
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }
}
