package io.complaints.console.retention;

import io.complaints.console.ConsoleTestStack;
import io.complaints.devstack.DevStackResource;
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

/** Resolved complaints past the retention go with their timeline; open ones and recent ones stay. */
@QuarkusTest
@QuarkusTestResource(value = DevStackResource.class, initArgs = @ResourceArg(name = "database", value = ConsoleTestStack.DATABASE))
class ReadModelRetentionTest {

    @Inject
    ReadModelRetention retention;

    @Inject
    EntityManager entityManager;

    @Test
    void complaintsResolvedLongAgoAreForgottenWithTheirTimelineAndTheRestStay() {
        Instant longAgo = Instant.now().minus(Duration.ofDays(120));
        UUID[] old = new UUID[1_200]; // more than one batch of 1,000
        for (int i = 0; i < old.length; i++) {
            old[i] = complaint("RESOLVED", longAgo);
        }
        UUID recent = complaint("RESOLVED", Instant.now().minus(Duration.ofDays(2)));
        UUID openForLong = complaint("ASSIGNED", null);

        retention.purge();

        assertEquals(0, count("complaint_view", old[0]) + count("complaint_view", old[old.length - 1]));
        assertEquals(0, count("timeline_entry", old[0]) + count("timeline_entry", old[old.length - 1]));
        assertEquals(1, count("complaint_view", recent));
        assertEquals(2, count("timeline_entry", recent));
        assertEquals(1, count("complaint_view", openForLong));
    }

    private UUID complaint(String status, Instant resolvedAt) {
        UUID id = UUID.randomUUID();
        Instant receivedAt = resolvedAt == null ? Instant.now().minus(Duration.ofDays(200)) : resolvedAt.minus(Duration.ofHours(1));
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("INSERT INTO complaint_view (complaint_id, status, status_at, received_at, resolved_at, "
                            + "reopen_count, updated_at) VALUES (:id, :status, :received, :received, :resolved, 0, now())")
                    .setParameter("id", id).setParameter("status", status).setParameter("received", receivedAt)
                    .setParameter("resolved", resolvedAt == null ? receivedAt : resolvedAt).executeUpdate();
            for (String type : new String[] {"complaint.received", "complaint.resolved"}) {
                entityManager.createNativeQuery("INSERT INTO timeline_entry (event_id, complaint_id, topic, type, occurred_at, summary) "
                                + "VALUES (:event, :id, 't', :type, :at, 'x')")
                        .setParameter("event", UUID.randomUUID()).setParameter("id", id).setParameter("type", type)
                        .setParameter("at", receivedAt).executeUpdate();
            }
        });
        return id;
    }

    private int count(String table, UUID complaintId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("SELECT count(*) FROM " + table + " WHERE complaint_id = :id")
                .setParameter("id", complaintId).getSingleResult()).intValue());
    }
}
