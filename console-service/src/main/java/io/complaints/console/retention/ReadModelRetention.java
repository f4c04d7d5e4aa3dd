package io.complaints.console.retention;

import io.complaints.support.retention.RepeatedBatches;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Forgets complaints resolved longer ago than {@link ReadModelRetentionConfig#keep()} (their view and timeline
 * together) and old trend spikes, a batch per transaction; open complaints are kept however old. Rows a replica
 * is purging are skipped by the others.
 */
@ApplicationScoped
public class ReadModelRetention {

    private static final Logger LOG = Logger.getLogger(ReadModelRetention.class);

    private final EntityManager entityManager;
    private final ReadModelRetentionConfig config;
    private volatile boolean stopping;

    public ReadModelRetention(EntityManager entityManager, ReadModelRetentionConfig config) {
        this.entityManager = entityManager;
        this.config = config;
    }

    @Scheduled(every = "${console.retention.interval:PT1H}", delayed = "${console.retention.initial-delay:5m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void purge() {
        Instant before = Instant.now().minus(config.keep());
        long complaints = RepeatedBatches.whileFull(config.batchSize(), () -> stopping,
                () -> QuarkusTransaction.requiringNew().call(() -> purgeResolved(before)));
        int spikes = QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("DELETE FROM trend_spike WHERE occurred_at < :before")
                .setParameter("before", before).executeUpdate());
        if (complaints + spikes > 0) {
            LOG.infof("Retention: forgot %d complaint(s) resolved before %s and %d trend spike(s)", complaints, before, spikes);
        }
    }

    private int purgeResolved(Instant before) {
        @SuppressWarnings("unchecked")
        List<UUID> resolved = entityManager.createNativeQuery("SELECT complaint_id FROM complaint_view WHERE status = 'RESOLVED' "
                        + "AND resolved_at < :before LIMIT :limit FOR UPDATE SKIP LOCKED", UUID.class)
                .setParameter("before", before)
                .setParameter("limit", config.batchSize())
                .getResultList();
        if (resolved.isEmpty()) {
            return 0;
        }
        UUID[] ids = resolved.toArray(UUID[]::new);
        entityManager.createNativeQuery("DELETE FROM timeline_entry WHERE complaint_id = ANY (:ids)").setParameter("ids", ids).executeUpdate();
        entityManager.createNativeQuery("DELETE FROM complaint_view WHERE complaint_id = ANY (:ids)").setParameter("ids", ids).executeUpdate();
        return resolved.size();
    }

    void onShutdown(@Observes ShutdownEvent shutdown) {
        stopping = true;
    }
}
