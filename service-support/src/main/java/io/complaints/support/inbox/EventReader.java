package io.complaints.support.inbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.complaints.support.problem.FieldErrors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a consumed record's JSON into a validated event record, or throws {@link MalformedEventException}
 * naming every problem; a consumer lets that nack the record onto its dead-letter topic.
 */
@ApplicationScoped
public class EventReader {

    private final ObjectMapper json;
    private final Validator validator;

    public EventReader(ObjectMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    public <T> T read(String value, Class<T> type, String topic) {
        if (value == null || value.isBlank()) {
            throw new MalformedEventException("empty record value");
        }
        T event;
        try {
            event = json.readValue(value, type);
        } catch (JsonProcessingException e) {
            throw new MalformedEventException("not a " + topic + " event: " + FieldErrors.describe(e));
        }
        if (event == null) {
            throw new MalformedEventException("not a " + topic + " event: null");
        }
        Set<ConstraintViolation<T>> violations = validator.validate(event);
        if (!violations.isEmpty()) {
            throw new MalformedEventException("invalid " + topic + " event: " + FieldErrors.of(violations).stream()
                    .map(FieldErrors.FieldError::toString).collect(Collectors.joining("; ")));
        }
        return event;
    }
}
