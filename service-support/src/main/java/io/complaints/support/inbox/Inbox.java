package io.complaints.support.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.UUID;

/**
 * Remembers which events a consumer has handled, in the same transaction as the handling, so a redelivered
 * event changes nothing. Needs the service's migration to create the {@code processed_event} table.
 */
@ApplicationScoped
public class Inbox {

    private final EntityManager entityManager;

    public Inbox(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** True the first time this event id is seen; false for a redelivery. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(UUID eventId, String topic) {
        int inserted = entityManager.createNativeQuery(
                        "INSERT INTO processed_event (event_id, topic, processed_at) VALUES (:id, :topic, :at) "
                                + "ON CONFLICT (event_id) DO NOTHING")
                .setParameter("id", eventId)
                .setParameter("topic", topic)
                .setParameter("at", Instant.now())
                .executeUpdate();
        return inserted == 1;
    }
}
