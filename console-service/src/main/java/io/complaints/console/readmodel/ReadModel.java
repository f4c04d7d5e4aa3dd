package io.complaints.console.readmodel;

import com.fasterxml.jackson.databind.JsonNode;
import io.complaints.console.live.LiveUpdates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

/**
 * Writes one event into the read model, in the caller's transaction: its timeline entry first (the event id
 * is the key, so a redelivery stops there), then the complaint's view, locked so that console replicas
 * reading different topics of the same complaint take turns, and a NOTIFY that tells every replica's open
 * screens at commit.
 */
@ApplicationScoped
public class ReadModel {

    private final EntityManager entityManager;

    public ReadModel(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(ComplaintEvent event) {
        if (!firstDelivery(event)) {
            return;
        }
        if (event.type().equals("trend.spike")) {
            recordSpike(event);
        }
        entityManager.createNativeQuery("INSERT INTO complaint_view (complaint_id, status, status_at, reopen_count, updated_at) "
                        + "VALUES (:id, :status, :at, 0, now()) ON CONFLICT (complaint_id) DO NOTHING")
                .setParameter("id", event.complaintId())
                .setParameter("status", ViewStatus.RECEIVED.name())
                .setParameter("at", ComplaintView.NO_STATUS_YET)
                .executeUpdate();
        ComplaintView view = entityManager.find(ComplaintView.class, event.complaintId(), LockModeType.PESSIMISTIC_WRITE);
        ViewUpdates.apply(view, event);
        entityManager.createNativeQuery("SELECT pg_notify(:channel, :complaint)::text")
                .setParameter("channel", LiveUpdates.CHANNEL)
                .setParameter("complaint", event.complaintId().toString())
                .getSingleResult();
    }

    private boolean firstDelivery(ComplaintEvent event) {
        return entityManager.createNativeQuery("INSERT INTO timeline_entry (event_id, complaint_id, topic, type, occurred_at, summary) "
                        + "VALUES (:event, :complaint, :topic, :type, :at, :summary) ON CONFLICT (event_id) DO NOTHING")
                .setParameter("event", event.eventId())
                .setParameter("complaint", event.complaintId())
                .setParameter("topic", event.topic())
                .setParameter("type", event.type())
                .setParameter("at", event.occurredAt())
                .setParameter("summary", TimelineText.of(event))
                .executeUpdate() == 1;
    }

    private void recordSpike(ComplaintEvent event) {
        JsonNode trend = event.node("trend");
        entityManager.createNativeQuery("INSERT INTO trend_spike (event_id, complaint_id, occurred_at, dimension, value, "
                        + "complaints, window_minutes, threshold) VALUES (:event, :complaint, :at, :dimension, :value, :count, "
                        + ":window, :threshold) ON CONFLICT (event_id) DO NOTHING")
                .setParameter("event", event.eventId())
                .setParameter("complaint", event.complaintId())
                .setParameter("at", event.occurredAt())
                .setParameter("dimension", trend.path("dimension").asText("?"))
                .setParameter("value", trend.path("value").asText("?"))
                .setParameter("count", trend.path("count").asInt())
                .setParameter("window", trend.path("windowMinutes").asInt())
                .setParameter("threshold", trend.path("threshold").asInt())
                .executeUpdate();
    }
}
