package io.complaints.support.consume;

import io.complaints.support.inbox.EventReader;
import io.complaints.support.inbox.MalformedEventException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Handles the records of one poll together: one transaction for the whole batch instead of one per record
 * (each event's inbox row still makes a redelivery a no-op). A record that cannot be read goes to its
 * dead-letter topic alone and the rest of its batch commits. If the batch's transaction fails, every record
 * is tried again in a transaction of its own, so one bad event costs only itself: it is dead-lettered with
 * the error once its attempts are used up.
 */
@ApplicationScoped
public class EventBatches {

    private static final Logger LOG = Logger.getLogger(EventBatches.class);

    private final EventReader reader;
    private final DeadLetters deadLetters;
    private final EntityManager entityManager;

    public EventBatches(EventReader reader, DeadLetters deadLetters, EntityManager entityManager) {
        this.reader = reader;
        this.deadLetters = deadLetters;
        this.entityManager = entityManager;
    }

    /** Handles the batch with each record read as a validated {@code type}. */
    public <T> void handle(ConsumerRecords<String, String> batch, Class<T> type, Consumer<T> handler) {
        handle(batch, RecordHandler.reading(reader, type, handler), Retry.NONE);
    }

    /**
     * @param handler turns one record into its work; a record it cannot read (a {@link MalformedEventException}
     *                or any other exception while reading) is dead-lettered at once, an exception while the
     *                work runs is tried again per {@code retry}
     */
    public void handle(ConsumerRecords<String, String> batch, RecordHandler handler, Retry retry) {
        List<Prepared> work = new ArrayList<>(batch.count());
        for (ConsumerRecord<String, String> record : batch) {
            try {
                work.add(new Prepared(record, handler.prepare(record)));
            } catch (MalformedEventException e) {
                deadLetters.send(record, e.getMessage());
            } catch (RuntimeException e) {
                deadLetters.send(record, reasonOf(e)); // a reader's own bug must not stop the channel
            }
        }
        if (work.isEmpty()) {
            return;
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> work.forEach(prepared -> runAndForget(prepared.work())));
        } catch (RuntimeException batchFailure) {
            LOG.warnf("A batch of %d record(s) of %s failed (%s); handling them one by one", work.size(),
                    work.get(0).record().topic(), batchFailure.getMessage());
            for (Prepared prepared : work) {
                handleAlone(prepared.record(), prepared.work(), retry);
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

    private void handleAlone(ConsumerRecord<String, String> record, Runnable work, Retry retry) {
        for (int attempt = 1; ; attempt++) {
            try {
                QuarkusTransaction.requiringNew().run(work);
                return;
            } catch (RuntimeException e) {
                if (attempt >= retry.attempts() || !retry.isTransient(e)) {
                    deadLetters.send(record, reasonOf(e));
                    return;
                }
                LOG.warnf("%s-%d@%d not handled (attempt %d of %d), retrying: %s", record.topic(), record.partition(),
                        record.offset(), attempt, retry.attempts(), e.getMessage());
                retry.pause();
            }
        }
    }

    private static String reasonOf(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getMessage() == null) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }

    private record Prepared(ConsumerRecord<String, String> record, Runnable work) {
    }

    /** Turns one record into the work of handling it; throws MalformedEventException if it cannot be read. */
    @FunctionalInterface
    public interface RecordHandler {
        Runnable prepare(ConsumerRecord<String, String> record);

        static <T> RecordHandler reading(EventReader reader, Class<T> type, Consumer<T> handler) {
            return record -> {
                T event = reader.read(record.value(), type, record.topic());
                return () -> handler.accept(event);
            };
        }
    }
}
