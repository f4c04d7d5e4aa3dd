package io.complaints.console.readmodel;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.complaints.support.consume.EventBatches;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Every event of the flow into the read model, a poll's worth in one transaction. */
@ApplicationScoped
public class ComplaintEventsConsumer {

    private final EventBatches batches;
    private final ReadModel readModel;
    private final ObjectMapper json;

    public ComplaintEventsConsumer(EventBatches batches, ReadModel readModel, ObjectMapper json) {
        this.batches = batches;
        this.readModel = readModel;
        this.json = json;
    }

    @Incoming("complaint-events")
    @Blocking
    public void consume(ConsumerRecords<String, String> records) {
        batches.handle(records, record -> {
            ComplaintEvent event = ComplaintEvent.read(json, record.topic(), record.value());
            return () -> readModel.apply(event);
        });
    }
}
