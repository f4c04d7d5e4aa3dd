package io.complaints.escalation.sla;

import io.complaints.escalation.cases.CaseWorkflow;
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
 * Fires due SLA timers. The timers are rows, so they survive restarts (a timer that came due while the
 * service was down fires on the first poll); each fires in its own transaction with the events it causes,
 * claimed with SKIP LOCKED so several replicas poll side by side. A timer whose case a command holds at that
 * moment stays due for the next poll; one that fails backs off and is parked after repeated failures,
 * and the others keep firing.
 */
@ApplicationScoped
public class SlaTimerPoller {

    static final String KIND = "sla-timer";
    private static final int BATCH = 50;

    private final DueRows<SlaTimer> dueTimers;
    private final CaseWorkflow workflow;
    private volatile boolean stopping;

    public SlaTimerPoller(EntityManager entityManager, CaseWorkflow workflow, @Identifier(KIND) FailingRows failures) {
        this.workflow = workflow;
        this.dueTimers = new DueRows<>(failures, entityManager, SlaTimer.class, "sla_timer",
                "fired_at IS NULL AND NOT cancelled AND due_at <= :now", "due_at", BATCH);
    }

    @Scheduled(every = "${escalation.sla.poll-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void fireDueTimers() {
        dueTimers.handleDue(Instant.now(), workflow::fire, () -> stopping);
    }

    void onShutdown(@Observes ShutdownEvent shutdown) {
        stopping = true;
    }

    @Produces
    @Singleton
    @Identifier(KIND)
    static FailingRows timerFailures(EntityManager entityManager, ParkingConfig config, MeterRegistry registry) {
        return new FailingRows(KIND, "sla_timer", entityManager, config, registry);
    }
}
