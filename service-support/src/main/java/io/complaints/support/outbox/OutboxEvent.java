package io.complaints.support.outbox;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * An event waiting in the outbox table (published_at is null), already relayed to Kafka, or parked after
 * failing on its own too often. The table's position column (filled by the database) is the order of writing.
 */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "aggregate_id")
    public UUID aggregateId;
    public String topic;
    @Column(name = "event_type")
    public String eventType;
    public String payload;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "published_at")
    public Instant publishedAt;
    /** Failures of this row alone (sends that failed while others of its batch went through). */
    public int failures;
    @Column(name = "last_error")
    public String lastError;
    @Column(name = "retry_at")
    public Instant retryAt;
    @Column(name = "parked_at")
    public Instant parkedAt;
}
