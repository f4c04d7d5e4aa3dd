package io.complaints.followup.followup;

import io.complaints.support.outbox.DomainEvent;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** The payloads follow-up publishes (contracts/schemas/followup and complaint-reopened). */
public final class FollowUpEvents {

    public static final String FOLLOWUP_TOPIC = "complaints.followup.v1";
    public static final String REOPENED_TOPIC = "complaints.reopened.v1";

    private FollowUpEvents() {
    }

    public record Customer(String id, String name, String email, String tier, BigDecimal lifetimeValue) {
    }

    public record Scores(Integer csat, Integer nps, Integer ces) {
    }

    /** followup.requested / reminded: for a notification system to deliver; closed / expired: the outcome. */
    public record FollowUpEvent(UUID eventId, String type, UUID complaintId, Instant occurredAt, UUID followUpId,
                                Customer customer, String channel, String surveyToken, int attempt, Scores scores)
            implements DomainEvent {
    }

    public record ComplaintReopened(UUID eventId, String type, UUID complaintId, Instant occurredAt, UUID followUpId,
                                    UUID caseId, String reason, String comment, Scores scores) implements DomainEvent {
        public static final String TYPE = "complaint.reopened";
    }
}
