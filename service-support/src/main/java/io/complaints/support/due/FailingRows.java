package io.complaints.support.due;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The rows of one table of background work (its {@code kind}: outbox, sla-timer, follow-up) that failed on
 * their own. A failure is written on the row (failures, last_error), the row waits out its back-off
 * (retry_at) and after {@link ParkingConfig#parkAfter()} failures it is parked (parked_at): it stays out of
 * the work until ops retries it, and the rest keep flowing. Counted in {@code background_failures_total} and
 * {@code background_parked_total}, by kind.
 */
public class FailingRows {

    /** The condition that keeps backing-off and parked rows out of a due query; binds {@code :now}. */
    public static final String READY = "parked_at IS NULL AND (retry_at IS NULL OR retry_at <= :now)";

    private final String kind;
    private final String table;
    private final EntityManager entityManager;
    private final ParkingConfig config;
    private final Counter failures;
    private final Counter parked;

    public FailingRows(String kind, String table, EntityManager entityManager, ParkingConfig config, MeterRegistry registry) {
        this.kind = kind;
        this.table = table;
        this.entityManager = entityManager;
        this.config = config;
        this.failures = Counter.builder("background_failures").description("Items of background work that failed on their own")
                .tag("kind", kind).register(registry);
        this.parked = Counter.builder("background_parked").description("Items of background work parked for ops after repeated failures")
                .tag("kind", kind).register(registry);
    }

    public String kind() {
        return kind;
    }

    /** Records one more failure of the row, in the caller's transaction; returns true if that parked it. */
    public boolean recordFailure(UUID id, String error) {
        Instant now = Instant.now();
        List<?> parkedAt = entityManager.createNativeQuery(
                        "UPDATE " + table + " SET failures = failures + 1, last_error = :error, "
                                + "retry_at = CAST(:now AS timestamptz) + LEAST(:maxMillis, :firstMillis * power(2, LEAST(failures, 30))) * INTERVAL '1 millisecond', "
                                + "parked_at = CASE WHEN failures + 1 >= :parkAfter THEN CAST(:now AS timestamptz) END "
                                + "WHERE id = :id RETURNING parked_at")
                .setParameter("error", error)
                .setParameter("now", now)
                .setParameter("maxMillis", config.maxDelay().toMillis())
                .setParameter("firstMillis", config.firstDelay().toMillis())
                .setParameter("parkAfter", config.parkAfter())
                .setParameter("id", id)
                .getResultList();
        failures.increment();
        if (!parkedAt.isEmpty() && parkedAt.get(0) != null) {
            parked.increment();
            return true;
        }
        return false;
    }

    public List<ParkedItem> parked(int limit) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = entityManager.createNativeQuery(
                            "SELECT id, failures, last_error, parked_at FROM " + table
                                    + " WHERE parked_at IS NOT NULL ORDER BY parked_at LIMIT :limit")
                    .setParameter("limit", limit)
                    .getResultList();
            return rows.stream().map(row -> new ParkedItem(kind, (UUID) row[0], ((Number) row[1]).intValue(),
                    (String) row[2], instant(row[3]))).toList();
        });
    }

    /** Puts a parked row back into the work with a clean slate; false if no such parked row. */
    public boolean retry(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                        "UPDATE " + table + " SET failures = 0, retry_at = NULL, parked_at = NULL WHERE id = :id AND parked_at IS NOT NULL")
                .setParameter("id", id)
                .executeUpdate() == 1);
    }

    private static Instant instant(Object timestamp) {
        if (timestamp instanceof Instant instant) {
            return instant;
        }
        if (timestamp instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (timestamp instanceof java.sql.Timestamp sql) {
            return sql.toInstant();
        }
        throw new IllegalStateException("Unexpected timestamp type " + timestamp.getClass());
    }

    /** A parked item as ops sees it. */
    public record ParkedItem(String kind, UUID id, int failures, String lastError, Instant parkedAt) {
    }
}
