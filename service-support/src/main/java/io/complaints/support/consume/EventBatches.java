package io.complaints.support.consume;

import io.complaints.support.inbox.EventReader;
import io.complaints.support.inbox.MalformedEventException;
import io.complaints.support.outbox.CloudEventHeaders;
import io.complaints.support.retry.Backoff;
import io.complaints.support.retry.FailureReason;
import io.complaints.support.retry.TransientFailures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.Consumer;

/**
 * Handles the records of one poll together: one transaction for the whole batch instead of one per record
 * (each event's inbox row still makes a redelivery a no-op). A record that cannot be read goes to its
 * dead-letter topic alone and the rest of its batch commits. If the batch's transaction fails, every record
 * is tried again in a transaction of its own, so one bad event costs only itself. A record whose work fails
 * for good (a domain rule, a bug) is dead-lettered with the error; one that fails for a passing reason (the
 * database away, a deadlock) is retried in place with back-off, holding its partition so nothing behind it
 * overtakes it, and dead-lettered only after {@link RetryConfig#giveUpAfter()}.
 * <p>
 * A poll's records are handled in the order their events happened, across partitions (see {@link #inEventTimeOrder}).
 */
@ApplicationScoped
public class EventBatches {

    private static final Logger LOG = Logger.getLogger(EventBatches.class);

    private final EventReader reader;
    private final DeadLetters deadLetters;
    private final EntityManager entityManager;
    private final RetryConfig retry;
    private final Backoff backoff;
    private volatile boolean stopping;

    public EventBatches(EventReader reader, DeadLetters deadLetters, EntityManager entityManager, RetryConfig retry) {
        this.reader = reader;
        this.deadLetters = deadLetters;
        this.entityManager = entityManager;
        this.retry = retry;
        this.backoff = retry.backoff();
    }

    /** Handles the batch with each record read as a validated {@code type}. */
    public <T> void handle(ConsumerRecords<String, String> batch, Class<T> type, Consumer<T> handler) {
        handle(batch, RecordHandler.reading(reader, type, handler));
    }

    /**
     * Handles the batch with each record read as a validated {@code type}, giving {@code ahead} every readable
     * event of the poll first, outside the transaction, to prepare what is cheaper done for many at once.
     * {@code ahead} is an optimisation: if it fails, it is logged and each record is handled as without it.
     */
    public <T> void handle(ConsumerRecords<String, String> batch, Class<T> type, Consumer<List<T>> ahead, Consumer<T> handler) {
        List<T> events = new ArrayList<>(batch.count());
        handle(batch, RecordHandler.reading(reader, type, events::add, handler), () -> {
            try {
                ahead.accept(events);
            } catch (RuntimeException e) {
                LOG.warnf(e, "Preparing a batch of %d %s event(s) together failed; handling them without it", events.size(), type.getSimpleName());
            }
        });
    }

    /**
     * @param handler turns one record into its work; a record it cannot read (a {@link MalformedEventException}
     *                or any other exception while reading) is dead-lettered at once
     */
    public void handle(ConsumerRecords<String, String> batch, RecordHandler handler) {
        handle(batch, handler, () -> { });
    }

    private void handle(ConsumerRecords<String, String> batch, RecordHandler handler, Runnable beforeWork) {
        List<Prepared> work = new ArrayList<>(batch.count());
        for (ConsumerRecord<String, String> record : inEventTimeOrder(batch)) {
            try {
                work.add(new Prepared(record, handler.prepare(record)));
            } catch (MalformedEventException e) {
                deadLetters.send(record, e.getMessage());
            } catch (RuntimeException e) {
                deadLetters.send(record, FailureReason.of(e)); // a reader's own bug must not stop the channel
            }
        }
        if (work.isEmpty()) {
            return;
        }
        beforeWork.run();
        try {
            QuarkusTransaction.requiringNew().run(() -> work.forEach(prepared -> runAndForget(prepared.work())));
        } catch (RuntimeException batchFailure) {
            LOG.warnf("A batch of %d record(s) of %s failed (%s); handling them one by one", work.size(),
                    work.get(0).record().topic(), batchFailure.getMessage());
            for (Prepared prepared : work) {
                handleAlone(prepared.record(), prepared.work());
            }
        }
    }

    /**
     * Runs one record's work and writes it out, then lets go of its entities: every flush checks every
     * entity the session holds, so a session that kept a whole batch would make each record slower than the
     * one before it.
     */
    private void runAndForget(Runnable work) {
        work.run();
        entityManager.flush();
        entityManager.clear();
    }

    private void handleAlone(ConsumerRecord<String, String> record, Runnable work) {
        Instant giveUpAt = Instant.now().plus(retry.giveUpAfter());
        for (int failures = 1; ; failures++) {
            try {
                QuarkusTransaction.requiringNew().run(work);
                return;
            } catch (RuntimeException e) {
                if (!TransientFailures.isTransient(e)) {
                    deadLetters.send(record, FailureReason.of(e));
                    return;
                }
                if (stopping) {
                    // not handled and not dead-lettered: the offset stays, the next owner of the partition retries
                    throw new IllegalStateException("Stopping while " + where(record) + " waits out a passing failure", e);
                }
                if (!Instant.now().isBefore(giveUpAt)) {
                    deadLetters.send(record, "Gave up after " + failures + " attempts over " + retry.giveUpAfter() + ": " + FailureReason.of(e));
                    return;
                }
                Duration wait = backoff.after(failures);
                LOG.warnf("%s failed for a passing reason (attempt %d), retrying in %s: %s", where(record), failures, wait, FailureReason.of(e));
                Backoff.sleep(wait);
            }
        }
    }

    /**
     * The poll's records by when their events happened ({@code ce_time}, else the record's timestamp), each
     * partition's own order kept: a merge, never a sort, so a clock going back cannot reorder one key's events.
     * Events keyed differently that a handler relates land on different partitions, and a poll lists partition
     * by partition: a customer's second complaint, on a partition listed first, would be triaged before the first
     * one and miss it as the earlier complaint.
     */
    static <K, V> List<ConsumerRecord<K, V>> inEventTimeOrder(ConsumerRecords<K, V> batch) {
        List<Iterator<ConsumerRecord<K, V>>> partitions = new ArrayList<>();
        PriorityQueue<Head<K, V>> heads = new PriorityQueue<>(
                Comparator.<Head<K, V>, Instant>comparing(Head::happened).thenComparingInt(Head::partition));
        for (TopicPartition partition : batch.partitions()) {
            Iterator<ConsumerRecord<K, V>> records = batch.records(partition).iterator();
            if (records.hasNext()) {
                heads.add(Head.of(records.next(), partitions.size()));
                partitions.add(records);
            }
        }
        List<ConsumerRecord<K, V>> ordered = new ArrayList<>(batch.count());
        while (!heads.isEmpty()) {
            Head<K, V> head = heads.poll();
            ordered.add(head.record());
            Iterator<ConsumerRecord<K, V>> rest = partitions.get(head.partition());
            if (rest.hasNext()) {
                heads.add(Head.of(rest.next(), head.partition()));
            }
        }
        return ordered;
    }

    /** A partition's next record, and when its event happened. */
    private record Head<K, V>(ConsumerRecord<K, V> record, int partition, Instant happened) {
        static <K, V> Head<K, V> of(ConsumerRecord<K, V> record, int partition) {
            return new Head<>(record, partition, happened(record));
        }

        private static Instant happened(ConsumerRecord<?, ?> record) {
            Header time = record.headers().lastHeader(CloudEventHeaders.TIME);
            if (time != null && time.value() != null) {
                try {
                    return Instant.parse(new String(time.value(), StandardCharsets.UTF_8));
                } catch (DateTimeParseException e) {
                    // not ours to judge here: the record's own timestamp orders it
                }
            }
            return Instant.ofEpochMilli(record.timestamp());
        }
    }

    private static String where(ConsumerRecord<String, String> record) {
        return record.topic() + "-" + record.partition() + "@" + record.offset();
    }

    void onShutdown(@Observes ShutdownEvent shutdown) {
        stopping = true;
    }

    private record Prepared(ConsumerRecord<String, String> record, Runnable work) {
    }

    /** Turns one record into the work of handling it; throws MalformedEventException if it cannot be read. */
    @FunctionalInterface
    public interface RecordHandler {
        Runnable prepare(ConsumerRecord<String, String> record);

        static <T> RecordHandler reading(EventReader reader, Class<T> type, Consumer<T> handler) {
            return reading(reader, type, event -> { }, handler);
        }

        /** {@code onRead} sees each event as it is read, before any record's work runs. */
        static <T> RecordHandler reading(EventReader reader, Class<T> type, Consumer<T> onRead, Consumer<T> handler) {
            return record -> {
                T event = reader.read(record.value(), type, record.topic());
                onRead.accept(event);
                return () -> handler.accept(event);
            };
        }
    }
}
