package io.complaints.support.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
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
 * Publishes outbox rows to Kafka and marks them published. A batch is sent at once (the producer pipelines
 * it) and marked in one statement once Kafka confirmed all of it. Rows are claimed with FOR UPDATE SKIP LOCKED,
 * so several replicas relay side by side without publishing the same row twice at the same time. A row
 * whose send fails stays pending and is retried on the next poll: delivery is at least once, and consumers
 * deduplicate on the event id (ce_id).
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final MutinyEmitter<String> emitter;
    private final EntityManager entityManager;
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
                       MeterRegistry registry,
                       @ConfigProperty(name = "outbox.cloud-events.source") String source,
                       @ConfigProperty(name = "outbox.batch-size", defaultValue = "100") int batchSize,
                       @ConfigProperty(name = "outbox.send-timeout", defaultValue = "PT30S") Duration sendTimeout) {
        this.emitter = emitter;
        this.entityManager = entityManager;
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
    void relayPending() {
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
        } finally {
            relaying.unlock();
        }
    }

    void onShutdown(@Observes ShutdownEvent shutdown) {
        stopping = true;
        afterCommit.shutdown();
    }

    /** Publishes one batch; returns how many rows were published. */
    int relayBatch() {
        @SuppressWarnings("unchecked")
        List<OutboxEvent> batch = entityManager.createNativeQuery(
                        "SELECT * FROM outbox_event WHERE published_at IS NULL ORDER BY created_at "
                                + "LIMIT :limit FOR UPDATE SKIP LOCKED", OutboxEvent.class)
                .setParameter("limit", batchSize)
                .getResultList();
        if (batch.isEmpty()) {
            return 0;
        }
        List<Uni<Void>> sends = batch.stream().map(this::send).toList();
        try {
            Uni.join().all(sends).andCollectFailures().await().atMost(sendTimeout);
        } catch (RuntimeException e) {
            // Which sends failed is not known; keep the whole batch pending. Ones that did get through are
            // published again on retry, and consumers drop them by event id.
            LOG.warnf("Outbox: %d event(s) not confirmed by Kafka, retrying later: %s", batch.size(), e.getMessage());
            failed.increment(batch.size());
            for (OutboxEvent event : batch) {
                event.attempts++;
                event.lastError = String.valueOf(e.getMessage());
            }
            return 0;
        }
        entityManager.createNativeQuery("UPDATE outbox_event SET published_at = :now, last_error = NULL WHERE id IN (:ids)")
                .setParameter("now", Instant.now())
                .setParameter("ids", batch.stream().map(event -> event.id).toList())
                .executeUpdate();
        published.increment(batch.size());
        return batch.size();
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
