package io.complaints.support.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import java.util.UUID;

/** Queues an event for publication as part of the caller's database transaction. */
@ApplicationScoped
public class Outbox {

    private final ObjectMapper json;
    private final Event<OutboxAppended> appended;

    public Outbox(ObjectMapper json, Event<OutboxAppended> appended) {
        this.json = json;
        this.appended = appended;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void append(String topic, UUID key, DomainEvent event) {
        OutboxEvent row = new OutboxEvent();
        row.id = event.eventId();
        row.aggregateId = key;
        row.topic = topic;
        row.eventType = event.type();
        row.payload = serialize(event);
        row.createdAt = event.occurredAt();
        row.persist();
        appended.fire(new OutboxAppended());
    }

    private String serialize(DomainEvent event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Event " + event.type() + " cannot be written as JSON", e);
        }
    }
}
