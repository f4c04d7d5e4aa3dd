package io.complaints.support.outbox;

import java.time.Instant;
import java.util.UUID;

/** What every published event carries; the outbox turns these into the CloudEvents headers. */
public interface DomainEvent {
    UUID eventId();

    String type();

    Instant occurredAt();
}
