package io.complaints.triage.complaint;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.complaints.support.problem.FieldErrors;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * Triages every complaint intake publishes. A record that is not a valid complaints.received.v1 event is
 * nacked and lands on complaints.received.v1.dlq with the reason (see application.properties).
 */
@ApplicationScoped
public class ReceivedComplaintConsumer {

    private final ComplaintTriage triage;
    private final ObjectMapper json;
    private final Validator validator;

    public ReceivedComplaintConsumer(ComplaintTriage triage, ObjectMapper json, Validator validator) {
        this.triage = triage;
        this.json = json;
        this.validator = validator;
    }

    @Incoming("complaints-received")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        triage.triage(parse(record.value()));
    }

    ComplaintReceived parse(String value) {
        if (value == null || value.isBlank()) {
            throw new MalformedEventException("empty record value");
        }
        ComplaintReceived received;
        try {
            received = json.readValue(value, ComplaintReceived.class);
        } catch (JsonProcessingException e) {
            throw new MalformedEventException("not a complaints.received.v1 event: " + FieldErrors.describe(e));
        }
        Set<ConstraintViolation<ComplaintReceived>> violations = validator.validate(received);
        if (!violations.isEmpty()) {
            throw new MalformedEventException("invalid complaints.received.v1 event: " + FieldErrors.of(violations)
                    .stream().map(FieldErrors.FieldError::toString).collect(Collectors.joining("; ")));
        }
        return received;
    }
}
