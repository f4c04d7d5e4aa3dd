package io.complaints.intake.inbound;

import io.complaints.intake.complaint.ComplaintIntake;
import io.complaints.intake.complaint.ComplaintSubmission;
import io.complaints.intake.complaint.Source;
import io.complaints.support.consume.EventBatches;
import io.complaints.support.inbox.EventReader;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Takes complaints other systems publish on complaints.inbound.v1 exactly as POST /complaints does, a poll's
 * worth in one transaction. A record that is not a valid complaint lands on complaints.inbound.v1.dlq with
 * the reason; a passing failure such as the database being away is waited out first, a refusal (an
 * externalId reused for another complaint) is not. Redelivery is harmless: the externalId is the
 * idempotency key, and the same text is deduplicated anyway.
 */
@ApplicationScoped
public class InboundComplaintConsumer {

    static final String INBOUND_TOPIC = "complaints.inbound.v1";
    static final String IDEMPOTENCY_PREFIX = "inbound:";

    private final EventBatches batches;
    private final EventBatches.RecordHandler handler;

    public InboundComplaintConsumer(EventReader reader, ComplaintIntake intake, EventBatches batches) {
        this.batches = batches;
        this.handler = EventBatches.RecordHandler.reading(reader, ComplaintSubmission.class, submission ->
                intake.accept(submission, submission.externalId() == null ? null : IDEMPOTENCY_PREFIX + submission.externalId(),
                        Source.INBOUND_TOPIC));
    }

    @Incoming("complaints-inbound")
    @Blocking
    public void consume(ConsumerRecords<String, String> records) {
        batches.handle(records, handler);
    }
}
