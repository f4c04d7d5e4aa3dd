package io.complaints.escalation.cases;

import io.complaints.escalation.remedy.Remedy;
import io.complaints.escalation.remedy.RemedyLimits;
import io.complaints.escalation.roster.Handler;
import io.complaints.escalation.routing.Assigner;
import io.complaints.escalation.routing.HandlerLoad;
import io.complaints.escalation.routing.HandlerTier;
import io.complaints.escalation.routing.RoutingPolicy;
import io.complaints.escalation.routing.RoutingPolicyStore;
import io.complaints.escalation.sla.SlaSchedule;
import io.complaints.escalation.sla.SlaTimer;
import io.complaints.support.inbox.Inbox;
import io.complaints.support.outbox.Outbox;
import io.complaints.support.problem.NotFoundProblem;
import io.complaints.support.problem.ProblemException;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A case's life: opened from a triaged complaint, assigned or queued, acknowledged, escalated by hand or by
 * an SLA breach, resolved with a remedy, and reopened one tier up when the customer is still unhappy. Every
 * change and the events it publishes are one database transaction (outbox).
 */
@ApplicationScoped
public class CaseWorkflow {

    public static final String TRIAGED_TOPIC = "complaints.triaged.v1";
    public static final String REOPENED_TOPIC = "complaints.reopened.v1";
    static final String SLA_ACTOR = "sla";

    private final RoutingPolicyStore policies;
    private final SlaSchedule sla;
    private final RemedyLimits remedyLimits;
    private final Inbox inbox;
    private final Outbox outbox;

    public CaseWorkflow(RoutingPolicyStore policies, SlaSchedule sla, RemedyLimits remedyLimits, Inbox inbox, Outbox outbox) {
        this.policies = policies;
        this.sla = sla;
        this.remedyLimits = remedyLimits;
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
        startClocks(opened, opened.openedAt, true);
        assignOrQueue(opened, "initial");
        return Optional.of(opened);
    }

    @Transactional
    public EscalationCase acknowledge(UUID caseId, String actor) {
        EscalationCase escalationCase = find(caseId);
        if (escalationCase.status != CaseStatus.ASSIGNED) {
            throw conflict("Only an assigned case can be acknowledged; this one is " + lower(escalationCase.status));
        }
        escalationCase.status = CaseStatus.ACKNOWLEDGED;
        escalationCase.acknowledgedAt = Instant.now();
        SlaTimer.cancel(caseId, SlaSchedule.Target.ACKNOWLEDGE);
        CaseHistory.record(escalationCase, "acknowledged", actorOr(actor, escalationCase.assigneeId), null);
        return escalationCase;
    }

    @Transactional
    public EscalationCase escalate(UUID caseId, String reason, String actor) {
        EscalationCase escalationCase = find(caseId);
        moveUp(escalationCase, "manual", actor, reason);
        return escalationCase;
    }

    @Transactional
    public EscalationCase resolve(UUID caseId, String resolverId, String note, Remedy remedy) {
        EscalationCase escalationCase = find(caseId);
        if (!escalationCase.status.isOpen()) {
            throw conflict("The case is already resolved");
        }
        Handler resolver = Handler.<Handler>findByIdOptional(resolverId)
                .orElseThrow(() -> new ProblemException(400, "unknown-handler", "Unknown handler", "No handler " + resolverId + " on the roster"));
        if (remedy.type().needsAmount() && remedy.amount() == null) {
            throw new ProblemException(400, "remedy-amount-required", "Remedy amount required",
                    "A " + remedy.type().code() + " needs an amount");
        }
        if (!remedyLimits.allows(resolver.tier, remedy)) {
            HandlerTier approver = remedyLimits.approverFor(remedy).orElse(HandlerTier.SENIOR_MANAGEMENT);
            throw new ProblemException(409, "remedy-over-limit", "Remedy over the approval limit",
                    "A " + resolver.tier.code() + " may not give " + remedy.amount() + "; a " + approver.code() + " must approve it")
                    .with("approverTier", approver.code())
                    .with("limit", remedyLimits.limits().get(resolver.tier));
        }
        HandlerTier freedTier = escalationCase.tier;
        Instant now = Instant.now();
        escalationCase.status = CaseStatus.RESOLVED;
        escalationCase.resolvedAt = now;
        escalationCase.resolvedBy = resolver.id;
        escalationCase.resolutionNote = note;
        escalationCase.remedyType = remedy.type().code();
        escalationCase.remedyAmount = remedy.amount();
        escalationCase.remedyCurrency = remedy.currency();
        escalationCase.queuedAt = null;
        SlaTimer.cancel(caseId, null);
        CaseHistory.record(escalationCase, "resolved", resolver.id, remedy.type().code()
                + (remedy.amount() == null ? "" : " " + remedy.amount() + (remedy.currency() == null ? "" : " " + remedy.currency()))
                + (note == null ? "" : ": " + note));
        outbox.append(CaseEvents.RESOLVED_TOPIC, escalationCase.complaintId, new CaseEvents.ComplaintResolved(
                UUID.randomUUID(), CaseEvents.ComplaintResolved.TYPE, escalationCase.complaintId, now, escalationCase.id,
                new CaseEvents.Person(resolver.id, resolver.name, resolver.tier), note, remedy,
                Duration.between(escalationCase.openedAt, now).toSeconds(), escalationCase.severity,
                escalationCase.category, escalationCase.channel, CaseEvents.Customer.of(escalationCase),
                escalationCase.reopenCount));
        drainQueue(freedTier);
        return escalationCase;
    }

    /** The customer is still unhappy: the case goes back one tier above whoever handled it last. */
    @Transactional
    public Optional<EscalationCase> reopen(ComplaintReopened reopened) {
        if (!inbox.firstDelivery(reopened.eventId(), REOPENED_TOPIC)) {
            return Optional.empty();
        }
        EscalationCase escalationCase = EscalationCase.findByComplaint(reopened.complaintId())
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
        startClocks(escalationCase, Instant.now(), true);
        assignOrQueue(escalationCase, "reopened");
        return Optional.of(escalationCase);
    }

    /** Fires one due SLA timer (claimed by SlaTimerPoller in this transaction). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void fire(SlaTimer timer) {
        timer.firedAt = Instant.now();
        EscalationCase escalationCase = EscalationCase.findById(timer.caseId);
        if (escalationCase == null || !escalationCase.status.isOpen()) {
            return;
        }
        boolean breach = timer.stage == SlaSchedule.Stage.BREACH;
        String type = breach ? "sla.breached" : "sla.warning";
        Instant deadline = timer.target == SlaSchedule.Target.ACKNOWLEDGE ? escalationCase.acknowledgeBy : escalationCase.resolveBy;
        outbox.append(CaseEvents.SLA_TOPIC, escalationCase.complaintId, new CaseEvents.SlaEvent(UUID.randomUUID(), type,
                escalationCase.complaintId, timer.firedAt, escalationCase.id, lower(timer.target), deadline,
                escalationCase.tier, escalationCase.severity));
        CaseHistory.record(escalationCase, type, SLA_ACTOR, lower(timer.target) + " due " + deadline);
        if (breach && escalationCase.tier != HandlerTier.SENIOR_MANAGEMENT) {
            moveUp(escalationCase, "sla.breached", SLA_ACTOR, lower(timer.target) + " target missed");
        }
    }

    /** Someone got room (a case closed, a person came on shift): hand queued cases of that tier out. */
    @Transactional(Transactional.TxType.REQUIRED)
    public void drainQueue(HandlerTier tier) {
        lockRoster();
        List<HandlerLoad> roster = rosterLoads();
        for (EscalationCase queued : EscalationCase.queued(tier)) {
            Optional<HandlerLoad> handler = Assigner.choose(roster, tier, queued.category, queued.language);
            if (handler.isPresent()) {
                assign(queued, handler.get(), "capacity.freed");
                roster = rosterLoads();
            }
        }
    }

    private void moveUp(EscalationCase escalationCase, String reason, String actor, String detail) {
        if (!escalationCase.status.isOpen()) {
            throw conflict("A resolved case cannot be escalated");
        }
        if (escalationCase.tier == HandlerTier.SENIOR_MANAGEMENT) {
            throw conflict("The case is already with senior management");
        }
        HandlerTier from = escalationCase.tier;
        escalationCase.tier = from.next();
        escalationCase.assigneeId = null;
        escalationCase.status = CaseStatus.QUEUED;
        CaseHistory.record(escalationCase, "escalated", actor, from.code() + " -> " + escalationCase.tier.code()
                + (detail == null ? "" : ": " + detail));
        SlaTimer.cancel(escalationCase.id, null);
        startClocks(escalationCase, Instant.now(), escalationCase.acknowledgedAt == null);
        assignOrQueue(escalationCase, reason);
        drainQueue(from);
    }

    private void assignOrQueue(EscalationCase escalationCase, String reason) {
        lockRoster();
        Optional<HandlerLoad> handler = Assigner.choose(rosterLoads(), escalationCase.tier, escalationCase.category,
                escalationCase.language);
        if (handler.isPresent()) {
            assign(escalationCase, handler.get(), reason);
            return;
        }
        escalationCase.status = CaseStatus.QUEUED;
        escalationCase.assigneeId = null;
        escalationCase.queuedAt = Instant.now();
        CaseHistory.record(escalationCase, "queued", null, "nobody in " + escalationCase.tier.code() + " has room");
        publishAssignment(escalationCase, null, "case.queued", reason);
    }

    private void assign(EscalationCase escalationCase, HandlerLoad handler, String reason) {
        escalationCase.assigneeId = handler.id();
        escalationCase.status = escalationCase.acknowledgedAt == null ? CaseStatus.ASSIGNED : CaseStatus.ACKNOWLEDGED;
        escalationCase.queuedAt = null;
        CaseHistory.record(escalationCase, "assigned", null, handler.name() + " (" + reason + ")");
        publishAssignment(escalationCase, new CaseEvents.Person(handler.id(), handler.name(), handler.tier()), "case.assigned", reason);
    }

    private void publishAssignment(EscalationCase escalationCase, CaseEvents.Person assignee, String type, String reason) {
        outbox.append(CaseEvents.ASSIGNED_TOPIC, escalationCase.complaintId, new CaseEvents.CaseAssigned(UUID.randomUUID(),
                type, escalationCase.complaintId, Instant.now(), escalationCase.id, escalationCase.tier, assignee, reason,
                escalationCase.severity, escalationCase.category, escalationCase.acknowledgeBy, escalationCase.resolveBy,
                escalationCase.taskList()));
    }

    private void startClocks(EscalationCase escalationCase, Instant start, boolean includeAcknowledge) {
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

    /** Open cases per handler, in one query. */
    private static List<HandlerLoad> rosterLoads() {
        @SuppressWarnings("unchecked")
        List<Object[]> counts = Panache.getEntityManager().createNativeQuery(
                "SELECT assignee_id, count(*) FROM escalation_case WHERE status IN ('ASSIGNED', 'ACKNOWLEDGED') "
                        + "AND assignee_id IS NOT NULL GROUP BY assignee_id").getResultList();
        Map<String, Integer> open = new HashMap<>();
        for (Object[] row : counts) {
            open.put((String) row[0], ((Number) row[1]).intValue());
        }
        return Handler.<Handler>listAll().stream()
                .map(h -> new HandlerLoad(h.id, h.name, h.tier, h.skillSet(), h.languageSet(), h.capacity, h.onShift,
                        open.getOrDefault(h.id, 0)))
                .toList();
    }

    /** Assignments are serialised across replicas, so two cannot both take a person's last free slot. */
    private static void lockRoster() {
        Panache.getEntityManager().createNativeQuery("SELECT pg_advisory_xact_lock(hashtextextended('escalation-roster', 0))")
                .getSingleResult();
    }

    private static EscalationCase find(UUID caseId) {
        return EscalationCase.<EscalationCase>findByIdOptional(caseId)
                .orElseThrow(() -> new NotFoundProblem("No case " + caseId));
    }

    private static ProblemException conflict(String detail) {
        return new ProblemException(409, "case-state-conflict", "Not possible in the case's state", detail);
    }

    private static String actorOr(String actor, String fallback) {
        return actor == null || actor.isBlank() ? fallback : actor;
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
