package io.complaints.console.readmodel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.complaints.support.inbox.MalformedEventException;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/**
 * One event of any topic of the flow, as the console reads it: the envelope every contract shares, and the
 * rest of the payload as JSON. The console shows event types it does not know yet (a newer producer) in
 * the timeline rather than refusing them; only a record without the envelope is unreadable.
 */
public record ComplaintEvent(String topic, UUID eventId, String type, UUID complaintId, Instant occurredAt, JsonNode body) {

    public static ComplaintEvent read(ObjectMapper json, String topic, String value) {
        if (value == null || value.isBlank()) {
            throw new MalformedEventException("empty record value");
        }
        JsonNode body;
        try {
            body = json.readTree(value);
        } catch (JsonProcessingException e) {
            throw new MalformedEventException("not JSON: " + e.getOriginalMessage());
        }
        if (body == null || !body.isObject()) {
            throw new MalformedEventException("not a JSON object");
        }
        String type = body.path("type").asText("");
        if (type.isBlank() || type.length() > 40) {
            throw new MalformedEventException("type: required, at most 40 characters");
        }
        return new ComplaintEvent(topic, uuid(body, "eventId"), type, uuid(body, "complaintId"), instant(body, "occurredAt"), body);
    }

    public String text(String field) {
        JsonNode node = body.path(field);
        return node.isValueNode() && !node.isNull() ? node.asText() : null;
    }

    public JsonNode node(String field) {
        return body.path(field);
    }

    public Instant instant(String field) {
        String text = text(field);
        return text == null ? null : Instant.parse(text);
    }

    private static UUID uuid(JsonNode body, String field) {
        try {
            return UUID.fromString(body.path(field).asText(""));
        } catch (IllegalArgumentException e) {
            throw new MalformedEventException(field + ": required, a UUID");
        }
    }

    private static Instant instant(JsonNode body, String field) {
        try {
            return Instant.parse(body.path(field).asText(""));
        } catch (DateTimeParseException e) {
            throw new MalformedEventException(field + ": required, an ISO-8601 instant");
        }
    }
}
