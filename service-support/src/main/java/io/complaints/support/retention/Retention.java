package io.complaints.support.retention;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.time.Instant;

/**
 * Purges published outbox rows and inbox rows older than {@link RetentionConfig}, a small batch per
 * transaction (SKIP LOCKED, so replicas purging at once do not wait for each other). Pending and parked
 * outbox rows are never purged.
 */
@ApplicationScoped
public class Retention {

    private static final Logger LOG = Logger.getLogger(Retention.class);

    private final EntityManager entityManager;
    private final RetentionConfig config;
    private volatile boolean stopping;

    public Retention(EntityManager entityManager, RetentionConfig config) {
        this.entityManager = entityManager;
        this.config = config;
    }

    @Scheduled(every = "${retention.interval:PT10M}", delayed = "${retention.initial-delay:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void purge() {
        Instant now = Instant.now();
        long outbox = purge("outbox_event", "published_at", now.minus(config.publishedOutbox()));
        long inbox = purge("processed_event", "processed_at", now.minus(config.inbox()));
        if (outbox + inbox > 0) {
            LOG.infof("Retention: purged %d published outbox row(s) and %d inbox row(s)", outbox, inbox);
        }
    }

    private long purge(String table, String timestamp, Instant before) {
        return RepeatedBatches.whileFull(config.batchSize(), () -> stopping, () -> QuarkusTransaction.requiringNew().call(
                () -> entityManager.createNativeQuery("DELETE FROM " + table + " WHERE ctid IN (SELECT ctid FROM " + table
                                + " WHERE " + timestamp + " < :before LIMIT :limit FOR UPDATE SKIP LOCKED)")
                        .setParameter("before", before)
                        .setParameter("limit", config.batchSize())
                        .executeUpdate()));
    }

    void onShutdown(@Observes ShutdownEvent shutdown) {
        stopping = true;
    }
}
