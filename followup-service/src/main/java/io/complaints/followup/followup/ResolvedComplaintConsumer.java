package io.complaints.followup.followup;

import io.complaints.support.consume.EventBatches;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Schedules a follow-up for every resolution, a poll's worth in one transaction; malformed records go to
 * complaints.resolved.v1.dlq with the reason.
 */
@ApplicationScoped
public class ResolvedComplaintConsumer {

    private final FollowUps followUps;
    private final EventBatches batches;

    public ResolvedComplaintConsumer(FollowUps followUps, EventBatches batches) {
        this.followUps = followUps;
        this.batches = batches;
    }

    @Incoming("complaints-resolved")
    @Blocking
    public void consume(ConsumerRecords<String, String> records) {
        batches.handle(records, ComplaintResolved.class, followUps::schedule);
    }
}
