package io.complaints.triage.complaint;

import io.complaints.support.consume.EventBatches;
import io.complaints.triage.analysis.TriageAnalyzer;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.concurrent.atomic.AtomicReference;

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

    /** The poll's texts that need the sentence-embedding model are read side by side first, on every core. */
    @Incoming("complaints-received")
    @Blocking
    public void consume(ConsumerRecords<String, String> records) {
        AtomicReference<TriageAnalyzer.Readings> readings = new AtomicReference<>(TriageAnalyzer.Readings.NONE);
        batches.handle(records, ComplaintReceived.class,
                complaints -> readings.set(triage.read(complaints)),
                complaint -> triage.triage(complaint, readings.get()));
    }
}
