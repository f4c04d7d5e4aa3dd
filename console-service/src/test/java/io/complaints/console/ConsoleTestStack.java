package io.complaints.console;

import io.complaints.devstack.DevStack;
import io.complaints.devstack.TopicProbe;
import io.complaints.devstack.TopicPublisher;

import java.time.Instant;
import java.util.UUID;

/** The devstack the @QuarkusTests run against, and events as the other services publish them. */
public final class ConsoleTestStack {

    public static final String DATABASE = "console";

    private ConsoleTestStack() {
    }

    public static TopicProbe probe(String topic) {
        return TopicProbe.on(DevStack.shared().kafkaBootstrapServers(), topic);
    }

    public static TopicPublisher publisher() {
        return TopicPublisher.to(DevStack.shared().kafkaBootstrapServers());
    }

    public static String received(UUID eventId, UUID complaintId, Instant at, String customer, String message) {
        return """
                {"eventId": "%s", "type": "complaint.received", "complaintId": "%s", "occurredAt": "%s", "channel": "email",
                 "customer": {"id": "cust-1", "name": "%s", "email": "c@example.com", "tier": "gold", "lifetimeValue": null},
                 "subject": "Charged twice", "message": "%s", "language": "en", "submittedAt": "%s", "source": "rest"}
                """.formatted(eventId, complaintId, at, customer, message, at);
    }

    public static String triaged(UUID complaintId, Instant at, String severity, String category) {
        return """
                {"eventId": "%s", "type": "complaint.triaged", "complaintId": "%s", "occurredAt": "%s", "channel": "email",
                 "customer": {"id": "cust-1", "name": "Zoe", "email": null, "tier": "gold", "lifetimeValue": null},
                 "subject": "Charged twice", "language": "en", "sentiment": {"score": -0.7, "label": "negative"},
                 "anger": 0.6, "emotion": "anger", "urgency": 0.4, "category": "%s", "severity": "%s", "severityPoints": 7.5, "complaintConfidence": 0.97,
                 "flags": ["churn_threat"], "explanation": [{"cue": "charged twice", "rule": "category:billing_refund", "weight": 1.0}]}
                """.formatted(UUID.randomUUID(), complaintId, at, category, severity);
    }

    public static String caseEvent(String type, UUID complaintId, UUID caseId, Instant at, String tier, String assigneeId,
                                   String reason, Instant acknowledgeBy, Instant resolveBy) {
        String assignee = assigneeId == null ? "null"
                : "{\"id\": \"%s\", \"name\": \"Dan Delivery\", \"tier\": \"%s\"}".formatted(assigneeId, tier);
        return """
                {"eventId": "%s", "type": "%s", "complaintId": "%s", "occurredAt": "%s", "caseId": "%s", "tier": "%s",
                 "assignee": %s, "reason": "%s", "severity": "P2", "category": "billing_refund",
                 "acknowledgeBy": "%s", "resolveBy": "%s", "tasks": ["resolve"]}
                """.formatted(UUID.randomUUID(), type, complaintId, at, caseId, tier, assignee, reason, acknowledgeBy, resolveBy);
    }

    public static String sla(String type, UUID complaintId, UUID caseId, Instant at, String target, Instant deadline) {
        return """
                {"eventId": "%s", "type": "%s", "complaintId": "%s", "occurredAt": "%s", "caseId": "%s", "target": "%s",
                 "deadline": "%s", "tier": "specialist", "severity": "P2"}
                """.formatted(UUID.randomUUID(), type, complaintId, at, caseId, target, deadline);
    }

    public static String resolved(UUID complaintId, UUID caseId, Instant at) {
        return """
                {"eventId": "%s", "type": "complaint.resolved", "complaintId": "%s", "occurredAt": "%s", "caseId": "%s",
                 "resolvedBy": {"id": "sp-dan", "name": "Dan Delivery", "tier": "specialist"}, "resolutionNote": "Refunded",
                 "remedy": {"type": "refund", "amount": 20.00, "currency": "EUR"}, "timeToResolveSeconds": 600, "severity": "P2",
                 "category": "billing_refund", "channel": "email",
                 "customer": {"id": "cust-1", "name": "Zoe", "email": null, "tier": "gold", "lifetimeValue": null}, "reopenCount": 0}
                """.formatted(UUID.randomUUID(), complaintId, at, caseId);
    }

    public static String followUpClosed(UUID complaintId, Instant at, int csat, int nps, int ces) {
        return """
                {"eventId": "%s", "type": "followup.closed", "complaintId": "%s", "occurredAt": "%s", "followUpId": "%s",
                 "attempt": 1, "scores": {"csat": %d, "nps": %d, "ces": %d}}
                """.formatted(UUID.randomUUID(), complaintId, at, UUID.randomUUID(), csat, nps, ces);
    }

    public static String spike(UUID complaintId, Instant at, String product) {
        return """
                {"eventId": "%s", "type": "trend.spike", "complaintId": "%s", "occurredAt": "%s",
                 "trend": {"dimension": "product", "value": "%s", "count": 6, "windowMinutes": 60, "threshold": 5}}
                """.formatted(UUID.randomUUID(), complaintId, at, product);
    }
}
