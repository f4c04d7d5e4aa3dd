package io.complaints.escalation.cases;

import io.complaints.escalation.remedy.Remedy;
import io.complaints.escalation.routing.HandlerTier;
import io.complaints.support.outbox.DomainEvent;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The payloads escalation publishes (contracts/schemas/case-assigned, sla, complaint-resolved). */
public final class CaseEvents {

    public static final String ASSIGNED_TOPIC = "complaints.assigned.v1";
    public static final String SLA_TOPIC = "complaints.sla.v1";
    public static final String RESOLVED_TOPIC = "complaints.resolved.v1";

    private CaseEvents() {
    }

    public record Person(String id, String name, HandlerTier tier) {
    }

    public record Customer(String id, String name, String email, String tier, BigDecimal lifetimeValue) {
        static Customer of(EscalationCase c) {
            return new Customer(c.customerId, c.customerName, c.customerEmail, c.customerTier, c.customerLifetimeValue);
        }
    }

    /** case.assigned when someone holds the case, case.queued when it waits for room, case.acknowledged when its assignee has seen it. */
    public record CaseAssigned(UUID eventId, String type, UUID complaintId, Instant occurredAt, UUID caseId,
                               HandlerTier tier, Person assignee, String reason, String severity, String category,
                               Instant acknowledgeBy, Instant resolveBy, List<String> tasks) implements DomainEvent {
    }

    /** sla.warning at 80 % of a target, sla.breached at 100 %. */
    public record SlaEvent(UUID eventId, String type, UUID complaintId, Instant occurredAt, UUID caseId,
                           String target, Instant deadline, HandlerTier tier, String severity) implements DomainEvent {
    }

    public record ComplaintResolved(UUID eventId, String type, UUID complaintId, Instant occurredAt, UUID caseId,
                                    Person resolvedBy, String resolutionNote, Remedy remedy, long timeToResolveSeconds,
                                    String severity, String category, String channel, Customer customer,
                                    int reopenCount) implements DomainEvent {
        public static final String TYPE = "complaint.resolved";
    }
}
