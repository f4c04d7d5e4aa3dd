package io.complaints.support.outbox;

import io.complaints.support.due.FailingRows;
import io.complaints.support.lock.AdvisoryLocks;
import io.complaints.support.retry.FailureReason;
import io.complaints.support.retry.TransientFailures;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import org.apache.kafka.common.errors.TimeoutException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Publishes outbox rows to Kafka in the order they were written and marks them published. A batch is sent at
 * once (the producer pipelines it, keeping order per partition) and what Kafka confirmed is marked in one
 * statement. One relay at a time, whichever replica takes the advisory lock: two relays after a backlog would
 * race each other's batches and publish one complaint's events out of order.
 * <p>
 * When the whole batch fails for passing reasons, Kafka is away: every row stays pending and the next poll
 * tries again. A row that fails for good (too large), or fails while others go through, is the problem:
 * each backs off on its own and is parked for ops after repeated failures (see {@link FailingRows}), and a
 * complaint's later events wait while an earlier one backs off. Delivery is at least once; consumers
 * deduplicate on the event id (ce_id).
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final String RELAY_LOCK = "outbox-relay";
    private static final String PENDING = "SELECT * FROM outbox_event o WHERE o.published_at IS NULL AND o.parked_at IS NULL "
            + "AND (o.retry_at IS NULL OR o.retry_at <= :now) "
            + "AND NOT EXISTS (SELECT 1 FROM outbox_event earlier WHERE earlier.aggregate_id = o.aggregate_id "
            + "AND earlier.published_at IS NULL AND earlier.parked_at IS NULL AND earlier.position < o.position "
            + "AND earlier.retry_at > :now) "
            + "ORDER BY o.position LIMIT :limit";

    private final MutinyEmitter<String> emitter;
    private final EntityManager entityManager;
    private final AdvisoryLocks locks;
    private final FailingRows failing;
    private final String source;
    private final int batchSize;
    private final Duration sendTimeout;
    private final Counter published;
    private final Counter failed;
    private final ExecutorService afterCommit = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "outbox-relay");
        thread.setDaemon(true);
        return thread;
    });
    private final ReentrantLock relaying = new ReentrantLock();
    private final AtomicBoolean relayRequested = new AtomicBoolean();
    private final AtomicBoolean passQueued = new AtomicBoolean();
    private volatile boolean stopping;

    public OutboxRelay(@Channel("outbox") MutinyEmitter<String> emitter,
                       EntityManager entityManager,
                       AdvisoryLocks locks,
                       @Identifier(OutboxParking.KIND) FailingRows failing,
                       MeterRegistry registry,
                       @ConfigProperty(name = "outbox.cloud-events.source") String source,
                       @ConfigProperty(name = "outbox.batch-size", defaultValue = "100") int batchSize,
                       @ConfigProperty(name = "outbox.send-timeout", defaultValue = "PT30S") Duration sendTimeout) {
        this.emitter = emitter;
        this.entityManager = entityManager;
        this.locks = locks;
        this.failing = failing;
        this.source = source;
        this.batchSize = batchSize;
        this.sendTimeout = sendTimeout;
        this.published = registry.counter(OutboxMetrics.PUBLISHED);
        this.failed = registry.counter(OutboxMetrics.FAILED);
    }

    /**
     * Publish right after a transaction commits instead of waiting for the next poll. A transaction that
     * queued several events, or several commits close together, share one pass.
     */
    void onAppended(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxAppended appended) {
        if (passQueued.compareAndSet(false, true)) {
            afterCommit.execute(() -> {
                passQueued.set(false);
                relayPending();
            });
        }
    }

    /**
     * The poll catches what the after-commit trigger missed: events of a crashed instance, failed sends. It
     * starts a few seconds late so the Kafka channel is wired before the first poll needs it.
     */
    @Scheduled(every = "${outbox.poll-interval}", delayed = "${outbox.initial-delay:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void relayPending() {
        if (stopping) {
            return;
        }
        relayRequested.set(true);
        if (!relaying.tryLock()) {
            return; // the pass under way sees the request and goes round once more
        }
        try {
            while (relayRequested.getAndSet(false)) {
                int relayed;
                do {
                    relayed = QuarkusTransaction.requiringNew().timeout(transactionTimeoutSeconds()).call(this::relayBatch);
                } while (relayed == batchSize);
            }
        } catch (RuntimeException e) {
            if (!TransientFailures.isTransient(e)) {
                throw e;
            }
            LOG.warnf("Outbox: database not reachable, relaying on the next poll: %s", FailureReason.of(e));
        } finally {
            relaying.unlock();
        }
    }

    void onShutdown(@Observes ShutdownEvent shutdown) {
        stopping = true;
        afterCommit.shutdown();
    }

    /** Publishes one batch; returns how many rows it settled (published, or failed on their own). */
    int relayBatch() {
        if (!locks.tryLock(RELAY_LOCK)) {
            return 0; // another replica is relaying
        }
        @SuppressWarnings("unchecked")
        List<OutboxEvent> batch = entityManager.createNativeQuery(PENDING, OutboxEvent.class)
                .setParameter("now", Instant.now())
                .setParameter("limit", batchSize)
                .getResultList();
        if (batch.isEmpty()) {
            return 0;
        }
        // Sent with the transaction suspended: context propagation would otherwise carry it onto the Kafka
        // client's threads, and a commit that finds it active on two threads fails (quarkusio/quarkus#39100).
        List<Sent> outcomes = QuarkusTransaction.suspendingExisting().call(() ->
                Uni.join().all(batch.stream().map(this::sendAndWait).toList()).andFailFast().await().indefinitely());
        List<Sent> failures = outcomes.stream().filter(sent -> sent.failure() != null).toList();
        if (failures.size() == batch.size() && failures.stream().allMatch(sent -> TransientFailures.isTransient(sent.failure()))) {
            // Kafka is away or slow, not these rows: all stay pending for the next poll, in order.
            LOG.warnf("Outbox: %d event(s) not confirmed by Kafka, retrying later: %s", batch.size(), failures.get(0).reason());
            failed.increment(batch.size());
            batch.forEach(event -> event.lastError = failures.get(0).reason());
            return 0;
        }
        List<Object> confirmed = outcomes.stream().filter(sent -> sent.failure() == null).map(sent -> (Object) sent.event().id).toList();
        if (!confirmed.isEmpty()) {
            entityManager.createNativeQuery("UPDATE outbox_event SET published_at = :now, last_error = NULL WHERE id IN (:ids)")
                    .setParameter("now", Instant.now())
                    .setParameter("ids", confirmed)
                    .executeUpdate();
            published.increment(confirmed.size());
        }
        for (Sent sent : failures) {
            failed.increment();
            boolean parked = failing.recordFailure(sent.event().id, sent.reason());
            LOG.errorf("Outbox: event %s (%s to %s) failed on its own%s: %s", sent.event().id, sent.event().eventType,
                    sent.event().topic, parked ? " too often and is parked (GET /ops/parked)" : "; it backs off", sent.reason());
        }
        return batch.size();
    }

    /** Sends one event; the outcome carries the failure instead of failing, so one bad row fails only itself. */
    private Uni<Sent> sendAndWait(OutboxEvent event) {
        return send(event)
                .onItem().transform(confirmed -> new Sent(event, null))
                .onFailure().recoverWithItem(failure -> new Sent(event, failure))
                // Kafka's own (retriable) timeout: no answer says nothing against the row
                .ifNoItem().after(sendTimeout)
                .recoverWithItem(() -> new Sent(event, new TimeoutException("No answer from Kafka within " + sendTimeout)));
    }

    private record Sent(OutboxEvent event, Throwable failure) {
        String reason() {
            return FailureReason.of(failure);
        }
    }

    private Uni<Void> send(OutboxEvent event) {
        OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(event.topic)
                .withKey(event.aggregateId.toString())
                .withHeaders(CloudEventHeaders.of(event.id, event.eventType, source, event.createdAt))
                .build();
        return emitter.sendMessage(Message.of(event.payload).addMetadata(metadata));
    }

    private int transactionTimeoutSeconds() {
        return (int) sendTimeout.plusSeconds(30).toSeconds();
    }
}
