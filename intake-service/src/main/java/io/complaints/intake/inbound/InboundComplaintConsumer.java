package io.complaints.intake.inbound;

import io.complaints.intake.complaint.ComplaintIntake;
import io.complaints.intake.complaint.ComplaintSubmission;
import io.complaints.intake.complaint.Source;
import io.complaints.support.consume.EventBatches;
import io.complaints.support.consume.Retry;
import io.complaints.support.inbox.EventReader;
import io.complaints.support.problem.ProblemException;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.time.Duration;

/**
 * Takes complaints other systems publish on complaints.inbound.v1 exactly as POST /complaints does, a poll's
 * worth in one transaction. A record that is not a valid complaint lands on complaints.inbound.v1.dlq with
 * the reason; a passing failure such as the database being away is retried a few times first, a refusal
 * (an externalId reused for another complaint) is not. Redelivery is harmless: the externalId is the
 * idempotency key, and the same text is deduplicated anyway.
 */
@ApplicationScoped
public class InboundComplaintConsumer {

    static final String INBOUND_TOPIC = "complaints.inbound.v1";
    static final String IDEMPOTENCY_PREFIX = "inbound:";

    private final EventBatches batches;
    private final EventBatches.RecordHandler handler;
    private final Retry retry;

    public InboundComplaintConsumer(EventReader reader, ComplaintIntake intake, EventBatches batches,
                                    @ConfigProperty(name = "intake.inbound.attempts", defaultValue = "5") int attempts,
                                    @ConfigProperty(name = "intake.inbound.retry-delay", defaultValue = "PT1S") Duration retryDelay) {
        this.batches = batches;
        this.handler = EventBatches.RecordHandler.reading(reader, ComplaintSubmission.class, submission ->
                intake.accept(submission, submission.externalId() == null ? null : IDEMPOTENCY_PREFIX + submission.externalId(),
                        Source.INBOUND_TOPIC));
        this.retry = new Retry(attempts, retryDelay, failure -> !(failure instanceof ProblemException));
    }

    @Incoming("complaints-inbound")
    @Blocking
    public void consume(ConsumerRecords<String, String> records) {
        batches.handle(records, handler, retry);
    }
}
