package io.complaints.intake.outbox;

import io.complaints.devstack.DevStackResource;
import io.complaints.intake.IntakeTestStack;
import io.complaints.support.outbox.OutboxEvent;
import io.complaints.support.retention.Retention;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@QuarkusTestResource(value = DevStackResource.class, initArgs = @ResourceArg(name = "database", value = IntakeTestStack.DATABASE))
class RetentionTest {

    @Inject
    Retention retention;
    @Inject
    EntityManager entityManager;

    @Test
    void publishedOutboxRowsAndInboxRowsPastTheirRetentionArePurgedAndNothingElse() {
        Instant old = Instant.now().minus(Duration.ofDays(40));
        Instant recent = Instant.now().minus(Duration.ofDays(2));
        UUID oldPublished = UUID.randomUUID();
        UUID recentPublished = UUID.randomUUID();
        UUID oldParked = UUID.randomUUID();
        UUID oldInbox = UUID.randomUUID();
        UUID recentInbox = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            // more than one purge batch (1,000) of old published rows
            entityManager.createNativeQuery("""
                            INSERT INTO outbox_event (id, aggregate_id, topic, event_type, payload, created_at, published_at)
                            SELECT gen_random_uuid(), gen_random_uuid(), 'retention.test', 'test.event', '{}', :old, :old
                            FROM generate_series(1, 2500)""")
                    .setParameter("old", old).executeUpdate();
            outbox(oldPublished, old, old, null);
            outbox(recentPublished, recent, recent, null);
            outbox(oldParked, old, null, old);
            inbox(oldInbox, old);
            inbox(recentInbox, recent);
        });

        retention.purge();

        QuarkusTransaction.requiringNew().run(() -> {
            assertEquals(0L, count("SELECT count(*) FROM outbox_event WHERE published_at < now() - interval '31 days'"));
            assertEquals(null, OutboxEvent.findById(oldPublished));
            assertEquals(recentPublished, OutboxEvent.<OutboxEvent>findById(recentPublished).id);
            assertEquals(oldParked, OutboxEvent.<OutboxEvent>findById(oldParked).id, "a parked row waits for ops");
            assertEquals(0L, count("SELECT count(*) FROM processed_event WHERE event_id = '" + oldInbox + "'"));
            assertEquals(1L, count("SELECT count(*) FROM processed_event WHERE event_id = '" + recentInbox + "'"));
        });
    }

    private long count(String sql) {
        return ((Number) entityManager.createNativeQuery(sql).getSingleResult()).longValue();
    }

    private static void outbox(UUID id, Instant createdAt, Instant publishedAt, Instant parkedAt) {
        OutboxEvent row = new OutboxEvent();
        row.id = id;
        row.aggregateId = UUID.randomUUID();
        row.topic = "retention.test";
        row.eventType = "test.event";
        row.payload = "{}";
        row.createdAt = createdAt;
        row.publishedAt = publishedAt;
        row.parkedAt = parkedAt;
        row.persist();
    }

    private void inbox(UUID eventId, Instant processedAt) {
        entityManager.createNativeQuery("INSERT INTO processed_event (event_id, topic, processed_at) VALUES (:id, 'retention.test', :at)")
                .setParameter("id", eventId).setParameter("at", processedAt).executeUpdate();
    }
}
