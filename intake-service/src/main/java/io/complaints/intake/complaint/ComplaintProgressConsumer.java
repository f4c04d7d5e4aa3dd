package io.complaints.intake.complaint;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.complaints.support.consume.EventBatches;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.UUID;

/**
 * Follows the other services' topics so GET /complaints/{id} can say where a complaint is, a poll's worth
 * in one transaction. A record it cannot read is skipped: those topics belong to their publishers, and
 * their dead-letter topics to their own consumers.
 */
@ApplicationScoped
public class ComplaintProgressConsumer {

    private static final Logger LOG = Logger.getLogger(ComplaintProgressConsumer.class);
    private static final Runnable SKIP = () -> { };

    private final ComplaintIntake intake;
    private final ObjectMapper json;
    private final EventBatches batches;

    public ComplaintProgressConsumer(ComplaintIntake intake, ObjectMapper json, EventBatches batches) {
        this.intake = intake;
        this.json = json;
        this.batches = batches;
    }

    @Incoming("complaints-progress")
    @Blocking
    public void consume(ConsumerRecords<String, String> records) {
        batches.handle(records, this::progressOf);
    }

    private Runnable progressOf(ConsumerRecord<String, String> record) {
        try {
            JsonNode event = json.readTree(record.value());
            String type = event.path("type").asText();
            if (ComplaintStatus.after(type).isEmpty()) {
                return SKIP;
            }
            UUID complaintId = UUID.fromString(event.path("complaintId").asText());
            Instant at = Instant.parse(event.path("occurredAt").asText());
            return () -> intake.progress(complaintId, type, at);
        } catch (JsonProcessingException | RuntimeException e) {
            LOG.debugf("Skipped an unreadable %s record at offset %d: %s", record.topic(), record.offset(), e.getMessage());
            return SKIP;
        }
    }
}
