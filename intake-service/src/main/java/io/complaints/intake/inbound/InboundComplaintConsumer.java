package io.complaints.intake.inbound;

import io.complaints.intake.complaint.ComplaintIntake;
import io.complaints.intake.complaint.ComplaintSubmission;
import io.complaints.intake.complaint.IdempotencyKeyReusedException;
import io.complaints.intake.complaint.Source;
import io.complaints.support.inbox.EventReader;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.time.Duration;

/**
 * Takes complaints other systems publish on complaints.inbound.v1 exactly as POST /complaints does.
 * A record that is not a valid complaint is nacked and lands on complaints.inbound.v1.dlq with the
 * reason (see application.properties); a passing failure such as the database being away is retried a few times first.
 * Redelivery is harmless: the externalId is the idempotency key, and the same text is deduplicated anyway.
 */
@ApplicationScoped
public class InboundComplaintConsumer {

    private static final Logger LOG = Logger.getLogger(InboundComplaintConsumer.class);

    static final String INBOUND_TOPIC = "complaints.inbound.v1";
    static final String IDEMPOTENCY_PREFIX = "inbound:";

    private final EventReader reader;
    private final ComplaintIntake intake;
    private final int attempts;
    private final Duration retryDelay;

    public InboundComplaintConsumer(EventReader reader, ComplaintIntake intake,
                                    @ConfigProperty(name = "intake.inbound.attempts", defaultValue = "5") int attempts,
                                    @ConfigProperty(name = "intake.inbound.retry-delay", defaultValue = "PT1S") Duration retryDelay) {
        this.reader = reader;
        this.intake = intake;
        this.attempts = attempts;
        this.retryDelay = retryDelay;
    }

    @Incoming("complaints-inbound")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) throws InterruptedException {
        ComplaintSubmission submission = reader.read(record.value(), ComplaintSubmission.class, INBOUND_TOPIC);
        String idempotencyKey = submission.externalId() == null ? null : IDEMPOTENCY_PREFIX + submission.externalId();
        for (int attempt = 1; ; attempt++) {
            try {
                intake.accept(submission, idempotencyKey, Source.INBOUND_TOPIC);
                return;
            } catch (IdempotencyKeyReusedException e) {
                throw e;
            } catch (RuntimeException e) {
                if (attempt >= attempts) {
                    throw e;
                }
                LOG.warnf("Inbound complaint at offset %d not stored (attempt %d of %d), retrying: %s",
                        record.offset(), attempt, attempts, e.getMessage());
                Thread.sleep(retryDelay.toMillis());
            }
        }
    }
}
