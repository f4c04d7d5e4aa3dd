package io.complaints.triage.complaint;

import io.complaints.support.outbox.DomainEvent;
import io.complaints.triage.analysis.Cue;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The complaints.triaged.v1 payload (contracts/schemas/complaint-triaged.schema.json). */
public record ComplaintTriaged(
        UUID eventId,
        String type,
        UUID complaintId,
        Instant occurredAt,
        Channel channel,
        ComplaintReceived.Customer customer,
        String subject,
        String language,
        Sentiment sentiment,
        double anger,
        String emotion,
        double urgency,
        String category,
        String productReference,
        String severity,
        double severityPoints,
        double complaintConfidence,
        List<String> flags,
        List<Cue> explanation) implements DomainEvent {

    public static final String TYPE = "complaint.triaged";

    public record Sentiment(double score, String label) {
    }
}
