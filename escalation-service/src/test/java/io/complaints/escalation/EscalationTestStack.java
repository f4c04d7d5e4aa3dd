package io.complaints.escalation;

import io.complaints.devstack.DevStack;
import io.complaints.devstack.TestTokens;
import io.complaints.devstack.TopicProbe;
import io.complaints.devstack.TopicPublisher;
import io.complaints.escalation.routing.HandlerTier;
import io.complaints.escalation.sla.SlaSchedule;
import io.complaints.escalation.sla.SlaTimer;
import io.complaints.support.security.Roles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;

import java.time.Instant;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** The devstack the @QuarkusTests run against, a roster to route to, and events as the other services publish them. */
public final class EscalationTestStack {

    public static final String DATABASE = "escalation";

    private EscalationTestStack() {
    }

    public static TopicProbe probe(String topic) {
        return TopicProbe.on(DevStack.shared().kafkaBootstrapServers(), topic);
    }

    public static TopicPublisher publisher() {
        return TopicPublisher.to(DevStack.shared().kafkaBootstrapServers());
    }

    /** One person per tier (plenty of room), specialists for delivery and billing. Idempotent. */
    public static void roster() {
        handler("fl-ana", "Ana Frontline", "frontline", "[]", 100);
        handler("sp-dan", "Dan Delivery", "specialist", "[\"delivery\", \"billing_refund\"]", 100);
        handler("mg-mia", "Mia Manager", "manager", "[]", 100);
        handler("sm-sam", "Sam Senior", "senior_management", "[]", 100);
    }

    public static void handler(String id, String name, String tier, String skillsJson, int capacity) {
        given().auth().oauth2(TestTokens.of("roster-admin", Roles.ADMIN)).contentType(ContentType.JSON)
                .body("""
                        {"name": "%s", "tier": "%s", "skills": %s, "languages": ["en"], "capacity": %d, "onShift": true}"""
                        .formatted(name, tier, skillsJson, capacity))
                .put("/handlers/" + id).then().statusCode(200);
    }

    /** A timer row as SlaClocks writes it, already due, for the poller to fire. */
    public static void dueTimer(UUID caseId, SlaSchedule.Target target, SlaSchedule.Stage stage, HandlerTier tier, Instant dueAt) {
        QuarkusTransaction.requiringNew().run(() -> {
            SlaTimer timer = new SlaTimer();
            timer.id = UUID.randomUUID();
            timer.caseId = caseId;
            timer.target = target;
            timer.stage = stage;
            timer.tier = tier;
            timer.dueAt = dueAt;
            timer.persist();
        });
    }

    public static String triaged(UUID eventId, UUID complaintId, String severity, String category, String flagsJson) {
        return """
                {"eventId": "%s", "type": "complaint.triaged", "complaintId": "%s", "occurredAt": "%s",
                 "channel": "email", "customer": {"id": "cust-1", "name": "Ana", "email": "ana@example.com", "tier": "gold", "lifetimeValue": 900},
                 "subject": "Order", "language": "en", "sentiment": {"score": -0.6, "label": "negative"}, "anger": 0.4,
                 "emotion": "anger", "urgency": 0.2, "category": "%s", "productReference": null, "severity": "%s",
                 "severityPoints": 3.1, "flags": %s, "explanation": []}
                """.formatted(eventId, complaintId, Instant.now(), category, severity, flagsJson);
    }

    public static String reopened(UUID complaintId, String comment) {
        return """
                {"eventId": "%s", "type": "complaint.reopened", "complaintId": "%s", "occurredAt": "%s",
                 "followUpId": "%s", "caseId": null, "reason": "low_csat", "comment": "%s",
                 "scores": {"csat": 1, "nps": 2, "ces": null}}
                """.formatted(UUID.randomUUID(), complaintId, Instant.now(), UUID.randomUUID(), comment);
    }
}
