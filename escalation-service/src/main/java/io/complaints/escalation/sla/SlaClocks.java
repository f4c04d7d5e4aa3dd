package io.complaints.escalation.sla;

import io.complaints.escalation.cases.EscalationCase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Starts and stops a case's SLA clocks: its deadlines on the case, a timer row per warning and breach. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class SlaClocks {

    private final SlaSchedule sla;

    public SlaClocks(SlaSchedule sla) {
        this.sla = sla;
    }

    public void start(EscalationCase escalationCase, Instant start, boolean includeAcknowledge) {
        List<SlaSchedule.Target> targets = includeAcknowledge
                ? List.of(SlaSchedule.Target.ACKNOWLEDGE, SlaSchedule.Target.RESOLVE)
                : List.of(SlaSchedule.Target.RESOLVE);
        if (includeAcknowledge) {
            escalationCase.acknowledgeBy = sla.deadline(escalationCase.severity, SlaSchedule.Target.ACKNOWLEDGE, start);
        }
        escalationCase.resolveBy = sla.deadline(escalationCase.severity, SlaSchedule.Target.RESOLVE, start);
        for (SlaSchedule.Deadline deadline : sla.deadlines(escalationCase.severity, start, targets)) {
            SlaTimer timer = new SlaTimer();
            timer.id = UUID.randomUUID();
            timer.caseId = escalationCase.id;
            timer.target = deadline.target();
            timer.stage = deadline.stage();
            timer.tier = escalationCase.tier;
            timer.dueAt = deadline.due();
            timer.persist();
        }
    }

    /** Stops the pending clocks of a case: all of them, or those of one target when it is given. */
    public void stop(EscalationCase escalationCase, SlaSchedule.Target target) {
        SlaTimer.cancel(escalationCase.id, target);
    }
}
