package io.complaints.triage.complaint;

import io.complaints.support.consume.EventBatches;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Triages every complaint intake publishes, a poll's worth in one transaction. A record that is not a valid
 * complaints.received.v1 event lands on complaints.received.v1.dlq with the reason.
 */
@ApplicationScoped
public class ReceivedComplaintConsumer {

    private final ComplaintTriage triage;
    private final EventBatches batches;

    public ReceivedComplaintConsumer(ComplaintTriage triage, EventBatches batches) {
        this.triage = triage;
        this.batches = batches;
    }

    @Incoming("complaints-received")
    @Blocking
    public void consume(ConsumerRecords<String, String> records) {
        batches.handle(records, ComplaintReceived.class, triage::triage);
    }
}
