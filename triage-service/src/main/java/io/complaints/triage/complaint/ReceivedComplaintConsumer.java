package io.complaints.triage.complaint;

import io.complaints.support.inbox.EventReader;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Triages every complaint intake publishes. A record that is not a valid complaints.received.v1 event is
 * nacked and lands on complaints.received.v1.dlq with the reason (see application.properties).
 */
@ApplicationScoped
public class ReceivedComplaintConsumer {

    private final ComplaintTriage triage;
    private final EventReader reader;

    public ReceivedComplaintConsumer(ComplaintTriage triage, EventReader reader) {
        this.triage = triage;
        this.reader = reader;
    }

    @Incoming("complaints-received")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        triage.triage(reader.read(record.value(), ComplaintReceived.class, ComplaintTriage.RECEIVED_TOPIC));
    }
}
