package io.complaints.escalation.cases;

import io.complaints.support.inbox.EventReader;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Opens a case for every triaged complaint and reopens one the customer is still unhappy about. Malformed
 * records are nacked onto the topic's .dlq with the reason (see application.properties).
 */
@ApplicationScoped
public class CaseConsumers {

    private final CaseWorkflow workflow;
    private final EventReader reader;

    public CaseConsumers(CaseWorkflow workflow, EventReader reader) {
        this.workflow = workflow;
        this.reader = reader;
    }

    @Incoming("complaints-triaged")
    @Blocking
    public void triaged(ConsumerRecord<String, String> record) {
        workflow.open(reader.read(record.value(), ComplaintTriaged.class, CaseWorkflow.TRIAGED_TOPIC));
    }

    @Incoming("complaints-reopened")
    @Blocking
    public void reopened(ConsumerRecord<String, String> record) {
        workflow.reopen(reader.read(record.value(), ComplaintReopened.class, CaseWorkflow.REOPENED_TOPIC));
    }
}
