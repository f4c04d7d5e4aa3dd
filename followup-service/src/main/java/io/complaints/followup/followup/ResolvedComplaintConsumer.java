package io.complaints.followup.followup;

import io.complaints.support.inbox.EventReader;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Schedules a follow-up for every resolution; malformed records go to complaints.resolved.v1.dlq with the reason. */
@ApplicationScoped
public class ResolvedComplaintConsumer {

    private final FollowUps followUps;
    private final EventReader reader;

    public ResolvedComplaintConsumer(FollowUps followUps, EventReader reader) {
        this.followUps = followUps;
        this.reader = reader;
    }

    @Incoming("complaints-resolved")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        followUps.schedule(reader.read(record.value(), ComplaintResolved.class, FollowUps.RESOLVED_TOPIC));
    }
}
