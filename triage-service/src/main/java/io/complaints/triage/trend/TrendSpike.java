package io.complaints.triage.trend;

import io.complaints.support.outbox.DomainEvent;

import java.time.Instant;
import java.util.UUID;

/** A complaints.sla.v1 record of type trend.spike (contracts/schemas/sla.schema.json). */
public record TrendSpike(UUID eventId, String type, UUID complaintId, Instant occurredAt, Trend trend)
        implements DomainEvent {

    public static final String TYPE = "trend.spike";

    public record Trend(String dimension, String value, long count, long windowMinutes, int threshold) {
    }
}
