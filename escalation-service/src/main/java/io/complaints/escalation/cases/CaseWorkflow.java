package io.complaints.escalation.cases;

import io.complaints.escalation.assignment.Dispatcher;
import io.complaints.escalation.remedy.Remedy;
import io.complaints.escalation.remedy.RemedyLimits;
import io.complaints.escalation.roster.Handler;
import io.complaints.escalation.routing.HandlerTier;
import io.complaints.escalation.routing.RoutingPolicy;
import io.complaints.escalation.routing.RoutingPolicyStore;
import io.complaints.escalation.sla.SlaClocks;
import io.complaints.escalation.sla.SlaSchedule;
import io.complaints.escalation.sla.SlaTimer;
import io.complaints.support.inbox.Inbox;
import io.complaints.support.outbox.Outbox;
import io.complaints.support.problem.NotFoundProblem;
import io.complaints.support.problem.ProblemException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * A case's life: opened from a triaged complaint, assigned or queued, acknowledged, escalated by hand or by
 * an SLA breach, resolved with a remedy, and reopened one tier up when the customer is still unhappy. Every
 * change and the events it publishes are one database transaction (outbox), and every command holds the
 * case's row lock, so commands on one case take turns. Who gets the case is the Dispatcher's business, its
 * clocks are SlaClocks'.
 */
@ApplicationScoped
public class CaseWorkflow {

    public static final String TRIAGED_TOPIC = "complaints.triaged.v1";
    public static final String REOPENED_TOPIC = "complaints.reopened.v1";
    static final String SLA_ACTOR = "sla";

    private final RoutingPolicyStore policies;
    private final SlaClocks clocks;
    private final RemedyLimits remedyLimits;
    private final Dispatcher dispatcher;
    private final Inbox inbox;
    private final Outbox outbox;

    private final MeterRegistry registry;

    public CaseWorkflow(RoutingPolicyStore policies, SlaClocks clocks, RemedyLimits remedyLimits, Dispatcher dispatcher,
                        Inbox inbox, Outbox outbox, MeterRegistry registry) {
        this.registry = registry;
        this.policies = policies;
        this.clocks = clocks;
        this.remedyLimits = remedyLimits;
        this.dispatcher = dispatcher;
        this.inbox = inbox;
        this.outbox = outbox;
    }

    @Transactional
    public Optional<EscalationCase> open(ComplaintTriaged triaged) {
        if (!inbox.firstDelivery(triaged.eventId(), TRIAGED_TOPIC) || EscalationCase.findByComplaint(triaged.complaintId()).isPresent()) {
            return Optional.empty();
        }
        RoutingPolicy.Decision decision = policies.current()
                .route(triaged.severity(), new HashSet<>(triaged.flags()), triaged.category());
        EscalationCase opened = new EscalationCase();
        opened.id = UUID.randomUUID();
        opened.complaintId = triaged.complaintId();
        opened.tier = decision.tier();
        opened.severity = triaged.severity();
        opened.category = triaged.category();
        opened.language = triaged.language();
        opened.channel = triaged.channel();
        opened.flags = String.join(",", triaged.flags());
        opened.tasks = String.join(",", decision.tasks());
        opened.customerId = triaged.customer().id();
        opened.customerName = triaged.customer().name();
        opened.customerEmail = triaged.customer().email();
        opened.customerTier = triaged.customer().tier();
        opened.customerLifetimeValue = triaged.customer().lifetimeValue();
        opened.subject = triaged.subject();
        opened.routingRule = decision.rule();
        opened.openedAt = Instant.now();
        opened.status = CaseStatus.QUEUED;
        opened.persist();
        CaseHistory.record(opened, "opened", null, "severity " + opened.severity + ", rule " + decision.rule()
                + " -> " + decision.tier().code() + (opened.flags.isEmpty() ? "" : ", flags " + opened.flags));
        clocks.start(opened, opened.openedAt, true);
        dispatcher.assignOrQueue(opened, "initial");
        return Optional.of(opened);
    }

    @Transactional
    public EscalationCase acknowledge(UUID caseId, String actorId) {
        EscalationCase escalationCase = lock(caseId);
        Handler actor = mayWork(actorId, escalationCase);
        if (escalationCase.status != CaseStatus.ASSIGNED) {
            throw conflict("Only an assigned case can be acknowledged; this one is " + lower(escalationCase.status));
        }
        escalationCase.status = CaseStatus.ACKNOWLEDGED;
        escalationCase.acknowledgedAt = Instant.now();
        clocks.stop(escalationCase, SlaSchedule.Target.ACKNOWLEDGE);
        CaseHistory.record(escalationCase, "acknowledged", actor.id, null);
        dispatcher.announceAcknowledged(escalationCase, actor);
        return escalationCase;
    }

    @Transactional
    public EscalationCase escalate(UUID caseId, String reason, String actorId, HandlerTier fromTier) {
        EscalationCase escalationCase = lock(caseId);
        String actor = mayWork(actorId, escalationCase).id;
        if (fromTier != null && fromTier != escalationCase.tier) {
            throw conflict("The case moved from " + fromTier.code() + " to " + escalationCase.tier.code() + " since; reload it");
        }
        moveUp(escalationCase, "manual", actor, reason);
        return escalationCase;
    }

    @Transactional
    public EscalationCase resolve(UUID caseId, String resolverId, String note, Remedy remedy) {
        EscalationCase escalationCase = lock(caseId);
        Handler resolver = mayWork(resolverId, escalationCase);
        if (!escalationCase.status.isOpen()) {
            throw conflict("The case is already resolved");
        }
        checkRemedy(resolver.tier, remedy);
        Instant now = Instant.now();
        clocks.stop(escalationCase, null);
        Optional<String> freed = dispatcher.release(escalationCase);
        escalationCase.status = CaseStatus.RESOLVED;
        escalationCase.resolvedAt = now;
        escalationCase.resolvedBy = resolver.id;
        escalationCase.resolutionNote = note;
        escalationCase.remedyType = remedy.type().code();
        escalationCase.remedyAmount = remedy.amount();
        escalationCase.remedyCurrency = remedy.currency();
        escalationCase.queuedAt = null;
        CaseHistory.record(escalationCase, "resolved", resolver.id, remedy.type().code()
                + (remedy.amount() == null ? "" : " " + remedy.amount() + (remedy.currency() == null ? "" : " " + remedy.currency()))
                + (note == null ? "" : ": " + note));
        outbox.append(CaseEvents.RESOLVED_TOPIC, escalationCase.complaintId, new CaseEvents.ComplaintResolved(
                UUID.randomUUID(), CaseEvents.ComplaintResolved.TYPE, escalationCase.complaintId, now, escalationCase.id,
                new CaseEvents.Person(resolver.id, resolver.name, resolver.tier), note, remedy,
                Duration.between(escalationCase.openedAt, now).toSeconds(), escalationCase.severity,
                escalationCase.category, escalationCase.channel, CaseEvents.Customer.of(escalationCase),
                escalationCase.reopenCount));
        freed.ifPresent(dispatcher::fillFreeSlots);
        return escalationCase;
    }

    /** The customer is still unhappy: the case goes back one tier above whoever handled it last. */
    @Transactional
    public Optional<EscalationCase> reopen(ComplaintReopened reopened) {
        if (!inbox.firstDelivery(reopened.eventId(), REOPENED_TOPIC)) {
            return Optional.empty();
        }
        EscalationCase escalationCase = EscalationCase.findByComplaint(reopened.complaintId())
                .map(found -> lock(found.id))
                .orElseThrow(() -> new IllegalArgumentException("no case for complaint " + reopened.complaintId()));
        String detail = reopened.reason() + (reopened.comment() == null ? "" : ": " + reopened.comment());
        if (escalationCase.status.isOpen()) {
            CaseHistory.record(escalationCase, "customer-unhappy", "customer", detail);
            return Optional.of(escalationCase);
        }
        escalationCase.reopenCount++;
        escalationCase.tier = escalationCase.tier.next();
        escalationCase.status = CaseStatus.QUEUED;
        escalationCase.assigneeId = null;
        escalationCase.acknowledgedAt = null;
        escalationCase.resolvedAt = null;
        CaseHistory.record(escalationCase, "reopened", "customer", detail);
        clocks.start(escalationCase, Instant.now(), true);
        dispatcher.assignOrQueue(escalationCase, "reopened");
        return Optional.of(escalationCase);
    }

    /**
     * Fires one due SLA timer, claimed by SlaTimerPoller in this transaction. Returns false, leaving the timer
     * due for the next poll, when a command holds the case right now: the poller already holds timer rows
     * that command may want to cancel, so it must not wait for the case.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean fire(SlaTimer timer) {
        Optional<EscalationCase> free = EscalationCase.lockUnlessHeld(timer.caseId);
        if (free.isEmpty()) {
            return false;
        }
        EscalationCase escalationCase = free.get();
        timer.firedAt = Instant.now();
        if (!escalationCase.status.isOpen()) {
            return true;
        }
        boolean breach = timer.stage == SlaSchedule.Stage.BREACH;
        String type = breach ? "sla.breached" : "sla.warning";
        Counter.builder("sla_events").description("SLA warnings and breaches, by target and the case's tier")
                .tag("type", type).tag("target", lower(timer.target)).tag("tier", escalationCase.tier.code())
                .register(registry).increment();
        Instant deadline = timer.target == SlaSchedule.Target.ACKNOWLEDGE ? escalationCase.acknowledgeBy : escalationCase.resolveBy;
        outbox.append(CaseEvents.SLA_TOPIC, escalationCase.complaintId, new CaseEvents.SlaEvent(UUID.randomUUID(), type,
                escalationCase.complaintId, timer.firedAt, escalationCase.id, lower(timer.target), deadline,
                escalationCase.tier, escalationCase.severity));
        CaseHistory.record(escalationCase, type, SLA_ACTOR, lower(timer.target) + " due " + deadline);
        if (breach && escalationCase.tier != HandlerTier.SENIOR_MANAGEMENT) {
            moveUp(escalationCase, "sla.breached", SLA_ACTOR, lower(timer.target) + " target missed");
        }
        return true;
    }

    /**
     * One tier up: the clocks restart for the new tier, the case goes to someone there or to its queue, and
     * the slot it held below (if any) takes the next case queued for that person. A queued case moves alone.
     */
    private void moveUp(EscalationCase escalationCase, String reason, String actor, String detail) {
        if (!escalationCase.status.isOpen()) {
            throw conflict("A resolved case cannot be escalated");
        }
        if (escalationCase.tier == HandlerTier.SENIOR_MANAGEMENT) {
            throw conflict("The case is already with senior management");
        }
        HandlerTier from = escalationCase.tier;
        clocks.stop(escalationCase, null);
        Optional<String> freed = dispatcher.release(escalationCase);
        escalationCase.assigneeId = null;
        escalationCase.tier = from.next();
        escalationCase.status = CaseStatus.QUEUED;
        CaseHistory.record(escalationCase, "escalated", actor, from.code() + " -> " + escalationCase.tier.code()
                + (detail == null ? "" : ": " + detail));
        clocks.start(escalationCase, Instant.now(), escalationCase.acknowledgedAt == null);
        dispatcher.assignOrQueue(escalationCase, reason);
        freed.ifPresent(dispatcher::fillFreeSlots);
    }

    private void checkRemedy(HandlerTier resolverTier, Remedy remedy) {
        if (remedy.type().needsAmount() && remedy.amount() == null) {
            throw new ProblemException(400, "remedy-amount-required", "Remedy amount required",
                    "A " + remedy.type().code() + " needs an amount");
        }
        if (remedy.amountOrZero().signum() > 0 && remedy.currency() == null) {
            throw new ProblemException(400, "remedy-currency-required", "Remedy currency required",
                    "remedy.currency: an amount needs its currency, such as EUR");
        }
        if (!remedyLimits.allows(resolverTier, remedy)) {
            HandlerTier approver = remedyLimits.approverFor(remedy).orElse(HandlerTier.SENIOR_MANAGEMENT);
            throw new ProblemException(409, "remedy-over-limit", "Remedy over the approval limit",
                    "A " + resolverTier.code() + " may not give " + remedy.amount() + " " + remedy.currency() + "; a "
                            + approver.code() + " must approve it")
                    .with("approverTier", approver.code())
                    .with("limit", remedyLimits.limitOf(resolverTier, remedy).orElse(null))
                    .with("currency", remedy.currency());
        }
    }

    private static EscalationCase lock(UUID caseId) {
        return EscalationCase.lock(caseId).orElseThrow(() -> new NotFoundProblem("No case " + caseId));
    }

    /** The signed-in person as the roster knows them, if they may act on this case; 403 otherwise. */
    private static Handler mayWork(String actorId, EscalationCase escalationCase) {
        Handler actor = Handler.<Handler>findByIdOptional(actorId).orElseThrow(() -> new ProblemException(403,
                "not-on-roster", "Not on the roster", "You (" + actorId + ") are not on the roster, so you cannot work cases"));
        if (!WhoMayWork.mayWork(actor.id, actor.tier, escalationCase.assigneeId, escalationCase.tier)) {
            throw new ProblemException(403, "not-your-case", "Not your case", "This " + escalationCase.tier.code()
                    + " case is assigned to " + escalationCase.assigneeId + "; only they or a higher tier may act on it");
        }
        return actor;
    }

    private static ProblemException conflict(String detail) {
        return new ProblemException(409, "case-state-conflict", "Not possible in the case's state", detail);
    }


    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
