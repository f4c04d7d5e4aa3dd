package io.complaints.triage;

import io.complaints.devstack.DevStack;
import io.complaints.devstack.TopicProbe;
import io.complaints.devstack.TopicPublisher;

import java.time.Instant;
import java.util.UUID;

/** The devstack the @QuarkusTests run against, and complaints.received.v1 events as intake publishes them. */
public final class TriageTestStack {

    public static final String DATABASE = "triage";

    private TriageTestStack() {
    }

    public static TopicProbe probe(String topic) {
        return TopicProbe.on(DevStack.shared().kafkaBootstrapServers(), topic);
    }

    public static TopicPublisher publisher() {
        return TopicPublisher.to(DevStack.shared().kafkaBootstrapServers());
    }

    public static String receivedEvent(UUID eventId, UUID complaintId, String customerId, String channel,
                                       String productReference, String message) {
        return """
                {"eventId": "%s", "type": "complaint.received", "complaintId": "%s", "occurredAt": "%s",
                 "channel": "%s", "customer": {"id": "%s", "name": "Ana", "email": "ana@example.com", "tier": "gold", "lifetimeValue": 1200},
                 "subject": "My order", "message": "%s", "orderReference": "ORD-1", "productReference": %s,
                 "language": null, "publicUrl": null, "submittedAt": "%s", "source": "rest", "externalId": null}
                """.formatted(eventId, complaintId, Instant.now(), channel, customerId, message,
                productReference == null ? "null" : "\"" + productReference + "\"", Instant.now());
    }
}
