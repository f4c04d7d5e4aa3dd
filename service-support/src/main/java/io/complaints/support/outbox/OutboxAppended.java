package io.complaints.support.outbox;

/** Fired when an event was queued, so the relay can publish it right after the transaction commits. */
public record OutboxAppended() {
}
