package io.complaints.support.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * What waits in the outbox, in one query: events not yet on Kafka, how long the oldest of them has waited (0
 * when none waits) and how many are parked. Readiness shows it; the metrics export it.
 */
record OutboxBacklog(long pending, long oldestPendingAgeSeconds, long parked) {

    static OutboxBacklog measure() {
        Object[] row = QuarkusTransaction.requiringNew().call(() -> (Object[]) OutboxEvent.getEntityManager().createNativeQuery(
                        "SELECT count(*) FILTER (WHERE parked_at IS NULL), "
                                + "COALESCE(EXTRACT(EPOCH FROM now() - min(created_at) FILTER (WHERE parked_at IS NULL)), 0), "
                                + "count(*) FILTER (WHERE parked_at IS NOT NULL) FROM outbox_event WHERE published_at IS NULL")
                .getSingleResult());
        return new OutboxBacklog(((Number) row[0]).longValue(), ((Number) row[1]).longValue(), ((Number) row[2]).longValue());
    }
}
