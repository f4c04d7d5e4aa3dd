package io.complaints.escalation.assignment;

import io.complaints.escalation.cases.CaseEvents;
import io.complaints.escalation.cases.CaseHistory;
import io.complaints.escalation.cases.CaseStatus;
import io.complaints.escalation.cases.EscalationCase;
import io.complaints.escalation.roster.Handler;
import io.complaints.escalation.roster.HandlerSlots;
import io.complaints.escalation.routing.Assigner;
import io.complaints.escalation.routing.HandlerLoad;
import io.complaints.support.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Puts cases in front of people: a case goes to the best person of its tier who still has a slot when the
 * slot is claimed, or waits in its tier's queue; a slot given back takes the next queued case that person
 * may hold. The cost of each step depends on the roster of one tier, never on how many cases are open or
 * queued.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Dispatcher {

    private static final String CAPACITY_FREED = "capacity.freed";

    private final HandlerSlots slots;
    private final CaseQueue queue;
    private final Outbox outbox;

    public Dispatcher(HandlerSlots slots, CaseQueue queue, Outbox outbox) {
        this.slots = slots;
        this.queue = queue;
        this.outbox = outbox;
    }

    public void assignOrQueue(EscalationCase escalationCase, String reason) {
        for (HandlerLoad candidate : Assigner.rank(slots.withRoom(escalationCase.tier), escalationCase.tier,
                escalationCase.category, escalationCase.language)) {
            if (slots.claim(candidate.id())) {
                assign(escalationCase, candidate, reason);
                return;
            }
        }
        escalationCase.status = CaseStatus.QUEUED;
        escalationCase.assigneeId = null;
        escalationCase.queuedAt = Instant.now();
        CaseHistory.record(escalationCase, "queued", null, "nobody in " + escalationCase.tier.code() + " has room");
        publish(escalationCase, null, "case.queued", reason);
    }

    /**
     * Gives the slot the case holds back to its assignee, before the case is resolved or moved up; returns who
     * got a slot back.
     */
    public Optional<String> release(EscalationCase escalationCase) {
        if (escalationCase.assigneeId == null || !escalationCase.status.holdsSlot()) {
            return Optional.empty();
        }
        slots.release(escalationCase.assigneeId);
        return Optional.of(escalationCase.assigneeId);
    }

    /** Hands this person queued cases of their tier while they have room; returns how many. */
    public int fillFreeSlots(String handlerId) {
        HandlerLoad handler = slots.load(handlerId);
        int handed = 0;
        while (handler.hasRoom()) {
            Optional<EscalationCase> next = queue.nextFor(handler);
            if (next.isEmpty() || !slots.claim(handler.id())) {
                break;
            }
            assign(next.get(), handler, CAPACITY_FREED);
            handler = handler.withOneMoreCase();
            handed++;
        }
        return handed;
    }

    private void assign(EscalationCase escalationCase, HandlerLoad handler, String reason) {
        escalationCase.assigneeId = handler.id();
        escalationCase.status = escalationCase.acknowledgedAt == null ? CaseStatus.ASSIGNED : CaseStatus.ACKNOWLEDGED;
        escalationCase.queuedAt = null;
        CaseHistory.record(escalationCase, "assigned", null, handler.name() + " (" + reason + ")");
        publish(escalationCase, new CaseEvents.Person(handler.id(), handler.name(), handler.tier()), "case.assigned", reason);
    }

    /** Tells the queues that the case's assignee has seen it: its acknowledge clock is stopped. */
    public void announceAcknowledged(EscalationCase escalationCase, Handler actor) {
        publish(escalationCase, new CaseEvents.Person(actor.id, actor.name, actor.tier), "case.acknowledged", "acknowledged");
    }

    private void publish(EscalationCase escalationCase, CaseEvents.Person assignee, String type, String reason) {
        outbox.append(CaseEvents.ASSIGNED_TOPIC, escalationCase.complaintId, new CaseEvents.CaseAssigned(UUID.randomUUID(),
                type, escalationCase.complaintId, Instant.now(), escalationCase.id, escalationCase.tier, assignee, reason,
                escalationCase.severity, escalationCase.category, escalationCase.acknowledgeBy, escalationCase.resolveBy,
                escalationCase.taskList()));
    }
}
