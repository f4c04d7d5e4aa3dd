package io.complaints.escalation.assignment;

import io.complaints.escalation.roster.HandlerSlots;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.util.List;

/**
 * Without a cluster-wide lock, a slot can be given back while a case is being queued in another
 * transaction that has not committed yet: neither sees the other, and the case would wait for the next
 * freed slot. Every few seconds this hands queued cases to anyone with a free slot. It costs one indexed
 * read per person with room, whatever the queue's length.
 */
@ApplicationScoped
public class QueueSweeper {

    private static final Logger LOG = Logger.getLogger(QueueSweeper.class);

    private final HandlerSlots slots;
    private final Dispatcher dispatcher;

    public QueueSweeper(HandlerSlots slots, Dispatcher dispatcher) {
        this.slots = slots;
        this.dispatcher = dispatcher;
    }

    @Scheduled(every = "${escalation.queue.sweep-interval}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        List<String> withRoom = QuarkusTransaction.requiringNew().call(slots::idsWithRoom);
        for (String handlerId : withRoom) {
            int handed = QuarkusTransaction.requiringNew().call(() -> dispatcher.fillFreeSlots(handlerId));
            if (handed > 0) {
                LOG.debugf("Sweep handed %d queued case(s) to %s", handed, handlerId);
            }
        }
    }
}
