package io.complaints.followup.followup;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.util.List;

/**
 * Moves due follow-ups on. The schedule is rows in this service's database, so a follow-up that came due
 * while the service was down goes out on the first poll after it starts; FOR UPDATE SKIP LOCKED lets
 * several replicas poll without sending one twice.
 */
@ApplicationScoped
public class FollowUpPoller {

    private static final int BATCH = 50;

    private final EntityManager entityManager;
    private final FollowUps followUps;
    private volatile boolean stopping;

    public FollowUpPoller(EntityManager entityManager, FollowUps followUps) {
        this.entityManager = entityManager;
        this.followUps = followUps;
    }

    @Scheduled(every = "${followup.poll-interval}", delayed = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void advanceDue() {
        while (!stopping) {
            int advanced = QuarkusTransaction.requiringNew().call(this::advanceBatch);
            if (advanced < BATCH) {
                return;
            }
        }
    }

    int advanceBatch() {
        Instant now = Instant.now();
        @SuppressWarnings("unchecked")
        List<FollowUp> due = entityManager.createNativeQuery(
                        "SELECT * FROM follow_up WHERE (status = 'SCHEDULED' AND due_at <= :now) "
                                + "OR (status = 'REQUESTED' AND next_attempt_at <= :now) "
                                + "ORDER BY due_at LIMIT :limit FOR UPDATE SKIP LOCKED", FollowUp.class)
                .setParameter("now", now)
                .setParameter("limit", BATCH)
                .getResultList();
        due.forEach(followUp -> followUps.advance(followUp, now));
        return due.size();
    }

    void onShutdown(@Observes ShutdownEvent shutdown) {
        stopping = true;
    }
}
