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
        registry.gauge("outbox.oldest.pending.age.seconds", this, metrics -> oldestPendingAgeSeconds());
    }

    /** How long the oldest event has waited for Kafka; 0 when none waits. Alerts watch this, not the count. */
    private static double oldestPendingAgeSeconds() {
        try {
            return QuarkusTransaction.requiringNew().call(() -> ((Number) OutboxEvent.getEntityManager().createNativeQuery(
                    "SELECT COALESCE(EXTRACT(EPOCH FROM now() - min(created_at)), 0) FROM outbox_event "
                            + "WHERE published_at IS NULL AND parked_at IS NULL").getSingleResult()).doubleValue());
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }

    private static double pending() {
        try {
            return QuarkusTransaction.requiringNew().call(OutboxEvent::countPending);
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }
}
