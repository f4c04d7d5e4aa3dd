package io.complaints.escalation.sla;

import io.complaints.escalation.cases.CaseWorkflow;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.List;

/**
 * Fires due SLA timers. The timers are rows, so they survive restarts (a timer that came due while the
 * service was down fires on the first poll); FOR UPDATE SKIP LOCKED lets several replicas poll without
 * firing one timer twice. A batch of up to 50 timers fires in one transaction with the events they cause;
 * a timer whose case a command holds at that moment stays due for the next poll.
 */
@ApplicationScoped
public class SlaTimerPoller {

    private static final Logger LOG = Logger.getLogger(SlaTimerPoller.class);
    private static final int BATCH = 50;

    private final EntityManager entityManager;
    private final CaseWorkflow workflow;
    private volatile boolean stopping;

    public SlaTimerPoller(EntityManager entityManager, CaseWorkflow workflow) {
        this.entityManager = entityManager;
        this.workflow = workflow;
    }

    @Scheduled(every = "${escalation.sla.poll-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void fireDueTimers() {
        while (!stopping) {
            int fired = QuarkusTransaction.requiringNew().call(this::fireBatch);
            // fewer than a batch: nothing more is due, or the rest wait for commands holding their cases
            if (fired < BATCH) {
                return;
            }
        }
    }

    /** Fires one batch; returns how many timers it claimed, so the caller knows whether more may be due. */
    int fireBatch() {
        @SuppressWarnings("unchecked")
        List<SlaTimer> due = entityManager.createNativeQuery(
                        "SELECT * FROM sla_timer WHERE fired_at IS NULL AND NOT cancelled AND due_at <= :now "
                                + "ORDER BY due_at LIMIT :limit FOR UPDATE SKIP LOCKED", SlaTimer.class)
                .setParameter("now", Instant.now())
                .setParameter("limit", BATCH)
                .getResultList();
        int fired = 0;
        for (SlaTimer timer : due) {
            LOG.debugf("SLA %s %s due %s for case %s", timer.target, timer.stage, timer.dueAt, timer.caseId);
            if (workflow.fire(timer)) {
                fired++;
            }
        }
        return fired;
    }

    void onShutdown(@Observes ShutdownEvent shutdown) {
        stopping = true;
    }
}
