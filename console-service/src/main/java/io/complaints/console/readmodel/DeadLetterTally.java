package io.complaints.console.readmodel;

import io.complaints.support.consume.EventBatches;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * Counts the records on every dead-letter topic, with the latest reason, for the dashboard; a letter read
 * again (at or below a partition's last counted offset) is not counted again. The letters themselves are not
 * read: they are what their consumer could not read.
 */
@ApplicationScoped
public class DeadLetterTally {

    private static final int REASON_MAX = 1000;

    private final EntityManager entityManager;
    private final EventBatches batches;

    public DeadLetterTally(EntityManager entityManager, EventBatches batches) {
        this.entityManager = entityManager;
        this.batches = batches;
    }

    /** A poll's letters in one transaction; the database away is waited out like in every other consumer. */
    @Incoming("dead-letters")
    @Blocking
    public void count(ConsumerRecords<String, String> letters) {
        batches.handle(letters, letter -> () -> count(letter));
    }

    private void count(ConsumerRecord<String, String> letter) {
        Header reason = letter.headers().lastHeader("dead-letter-reason");
        String text = reason == null ? null : new String(reason.value(), StandardCharsets.UTF_8);
        entityManager.createNativeQuery("INSERT INTO dead_letter_tally (topic, partition, last_offset, letters, last_reason, last_at) "
                        + "VALUES (:topic, :partition, :offset, 1, :reason, :at) ON CONFLICT (topic, partition) DO UPDATE "
                        + "SET letters = dead_letter_tally.letters + 1, last_offset = EXCLUDED.last_offset, "
                        + "last_reason = COALESCE(EXCLUDED.last_reason, dead_letter_tally.last_reason), last_at = EXCLUDED.last_at "
                        + "WHERE EXCLUDED.last_offset > dead_letter_tally.last_offset")
                .setParameter("topic", letter.topic())
                .setParameter("partition", letter.partition())
                .setParameter("offset", letter.offset())
                .setParameter("reason", text == null || text.length() <= REASON_MAX ? text : text.substring(0, REASON_MAX))
                .setParameter("at", Instant.ofEpochMilli(letter.timestamp()))
                .executeUpdate();
    }
}
