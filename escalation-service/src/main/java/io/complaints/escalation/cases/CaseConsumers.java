package io.complaints.escalation.cases;

import io.complaints.support.consume.EventBatches;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Opens a case for every triaged complaint and reopens one the customer is still unhappy about, a poll's
 * worth in one transaction. Malformed records go to the topic's .dlq with the reason.
 */
@ApplicationScoped
public class CaseConsumers {

    private final CaseWorkflow workflow;
    private final EventBatches batches;

    public CaseConsumers(CaseWorkflow workflow, EventBatches batches) {
        this.workflow = workflow;
        this.batches = batches;
    }

    @Incoming("complaints-triaged")
    @Blocking
    public void triaged(ConsumerRecords<String, String> records) {
        batches.handle(records, ComplaintTriaged.class, workflow::open);
    }

    @Incoming("complaints-reopened")
    @Blocking
    public void reopened(ConsumerRecords<String, String> records) {
        batches.handle(records, ComplaintReopened.class, workflow::reopen);
    }
}
