package io.complaints.intake.complaint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.io.IOException;
import java.time.Instant;
import java.util.UUID;

/**
 * Follows the other services' topics so GET /complaints/{id} can say where a complaint is. A record it
 * cannot read is skipped (failure-strategy=ignore): those topics belong to their publishers and their
 * dead-letter topics to their own consumers.
 */
@ApplicationScoped
public class ComplaintProgressConsumer {

    private final ComplaintIntake intake;
    private final ObjectMapper json;

    public ComplaintProgressConsumer(ComplaintIntake intake, ObjectMapper json) {
        this.intake = intake;
        this.json = json;
    }

    @Incoming("complaints-progress")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) throws IOException {
        JsonNode event = json.readTree(record.value());
        String type = event.path("type").asText();
        if (ComplaintStatus.after(type).isEmpty()) {
            return;
        }
        intake.progress(UUID.fromString(event.path("complaintId").asText()), type,
                Instant.parse(event.path("occurredAt").asText()));
    }
}
