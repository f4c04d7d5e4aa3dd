package io.complaints.support.due;

import io.complaints.support.retry.FailureReason;
import io.complaints.support.retry.TransientFailures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

/**
 * The poll behind every table of due work (SLA timers, follow-ups): reads which rows are due, then handles
 * each in a transaction of its own, claimed with FOR UPDATE SKIP LOCKED so several replicas poll side by
 * side without handling one row twice. A row that fails for good is written up by {@link FailingRows}
 * (back-off, then parked) and the others go on; one that fails for a passing reason (the database away, a
 * deadlock) simply stays due for the next poll.
 *
 * @param <T> the row's entity
 */
public class DueRows<T> {

    private static final Logger LOG = Logger.getLogger(DueRows.class);

    private final FailingRows failing;
    private final EntityManager entityManager;
    private final Class<T> entity;
    private final String table;
    private final String due;
    private final String order;
    private final int batchSize;

    /**
     * @param due   the SQL condition that makes a row due, binding {@code :now}
     * @param order the SQL order in which due rows are handled
     */
    public DueRows(FailingRows failing, EntityManager entityManager, Class<T> entity, String table, String due,
                   String order, int batchSize) {
        this.failing = failing;
        this.entityManager = entityManager;
        this.entity = entity;
        this.table = table;
        this.due = "(" + due + ") AND " + FailingRows.READY;
        this.order = order;
        this.batchSize = batchSize;
    }

    /**
     * Handles rows due at {@code now} until none are left or none of a batch was handled.
     *
     * @param handler does a row's work in the row's transaction; false if the row is to stay due (it waits
     *                for something else, such as a case a command holds)
     * @param stopping asked between rows
     */
    public void handleDue(Instant now, Predicate<T> handler, BooleanSupplier stopping) {
        while (!stopping.getAsBoolean()) {
            List<UUID> ids;
            try {
                ids = QuarkusTransaction.requiringNew().call(() -> dueIds(now));
            } catch (RuntimeException e) {
                if (!TransientFailures.isTransient(e)) {
                    throw e;
                }
                LOG.warnf("%s: database not reachable, polling again next time: %s", failing.kind(), FailureReason.of(e));
                return;
            }
            int handled = 0;
            for (UUID id : ids) {
                if (stopping.getAsBoolean()) {
                    return;
                }
                if (handleOne(id, now, handler)) {
                    handled++;
                }
            }
            if (ids.size() < batchSize || handled == 0) {
                return;
            }
        }
    }

    private boolean handleOne(UUID id, Instant now, Predicate<T> handler) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                @SuppressWarnings("unchecked")
                List<T> row = entityManager.createNativeQuery(
                                "SELECT * FROM " + table + " WHERE id = :id AND " + due + " FOR UPDATE SKIP LOCKED", entity)
                        .setParameter("id", id)
                        .setParameter("now", now)
                        .getResultList();
                return !row.isEmpty() && handler.test(row.get(0));
            });
        } catch (RuntimeException e) {
            if (TransientFailures.isTransient(e)) {
                LOG.warnf("%s %s failed for a passing reason; it stays due: %s", failing.kind(), id, e.getMessage());
                return false;
            }
            boolean parked = QuarkusTransaction.requiringNew().call(() ->
                    failing.recordFailure(id, FailureReason.of(e)));
            LOG.errorf(e, "%s %s failed%s", failing.kind(), id, parked ? " too often and is parked (GET /ops/parked)" : "; it backs off");
            return false;
        }
    }

    @SuppressWarnings("unchecked")
    private List<UUID> dueIds(Instant now) {
        return entityManager.createNativeQuery("SELECT id FROM " + table + " WHERE " + due + " ORDER BY " + order + " LIMIT :limit")
                .setParameter("now", now)
                .setParameter("limit", batchSize)
                .getResultList();
    }
}
