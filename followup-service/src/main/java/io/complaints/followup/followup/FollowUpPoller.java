package io.complaints.followup.followup;

import io.complaints.support.due.DueRows;
import io.complaints.support.due.FailingRows;
import io.complaints.support.due.ParkingConfig;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;

import java.time.Instant;

/**
 * Moves due follow-ups on. The schedule is rows in this service's database, so a follow-up that came due
 * while the service was down goes out on the first poll after it starts; each is advanced in its own
 * transaction, claimed with SKIP LOCKED so several replicas poll without sending one twice. One that fails
 * backs off and is parked after repeated failures, and the others keep going out.
 */
@ApplicationScoped
public class FollowUpPoller {

    static final String KIND = "follow-up";
    private static final int BATCH = 50;

    private final DueRows<FollowUp> dueFollowUps;
    private final FollowUps followUps;
    private volatile boolean stopping;

    public FollowUpPoller(EntityManager entityManager, FollowUps followUps, @Identifier(KIND) FailingRows failures) {
        this.followUps = followUps;
        this.dueFollowUps = new DueRows<>(failures, entityManager, FollowUp.class, "follow_up",
                "(status = 'SCHEDULED' AND due_at <= :now) OR (status = 'REQUESTED' AND next_attempt_at <= :now)",
                "due_at", BATCH);
    }

    @Scheduled(every = "${followup.poll-interval}", delayed = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void advanceDue() {
        Instant now = Instant.now();
        dueFollowUps.handleDue(now, followUp -> {
            followUps.advance(followUp, now);
            return true;
        }, () -> stopping);
    }

    void onShutdown(@Observes ShutdownEvent shutdown) {
        stopping = true;
    }

    @Produces
    @Singleton
    @Identifier(KIND)
    static FailingRows followUpFailures(EntityManager entityManager, ParkingConfig config, MeterRegistry registry) {
        return new FailingRows(KIND, "follow_up", entityManager, config, registry);
    }
}
