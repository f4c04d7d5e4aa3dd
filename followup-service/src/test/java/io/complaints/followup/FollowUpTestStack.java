package io.complaints.followup;

import io.complaints.devstack.DevStack;
import io.complaints.devstack.TopicProbe;
import io.complaints.devstack.TopicPublisher;

import java.time.Instant;
import java.util.UUID;

public final class FollowUpTestStack {

    public static final String DATABASE = "followup";

    private FollowUpTestStack() {
    }

    public static TopicProbe probe(String topic) {
        return TopicProbe.on(DevStack.shared().kafkaBootstrapServers(), topic);
    }

    public static TopicPublisher publisher() {
        return TopicPublisher.to(DevStack.shared().kafkaBootstrapServers());
    }

    public static String resolved(UUID complaintId, String severity, String channel, String category) {
        return """
                {"eventId": "%s", "type": "complaint.resolved", "complaintId": "%s", "occurredAt": "%s",
                 "caseId": "%s", "resolvedBy": {"id": "sp-dan", "name": "Dan", "tier": "specialist"},
                 "resolutionNote": "Refunded", "remedy": {"type": "refund", "amount": 20, "currency": "EUR"},
                 "timeToResolveSeconds": 3600, "severity": "%s", "category": "%s", "channel": "%s",
                 "customer": {"id": "cust-9", "name": "Bo", "email": "bo@example.com", "tier": "gold", "lifetimeValue": null},
                 "reopenCount": 0}
                """.formatted(UUID.randomUUID(), complaintId, Instant.now(), UUID.randomUUID(), severity, category, channel);
    }
}
