package io.complaints.support.consume;

import io.complaints.support.outbox.CloudEventHeaders;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PollOrderTest {

    private static final String TOPIC = "complaints.received.v1";
    private static final Instant NOON = Instant.parse("2026-11-24T12:00:00Z");

    @Test
    void aPollIsHandledInTheOrderItsEventsHappenedAcrossPartitions() {
        Map<TopicPartition, List<ConsumerRecord<String, String>>> poll = new LinkedHashMap<>();
        // listed partition by partition, as a poll gives them: the second complaint's partition first
        poll.put(partition(0), List.of(happened(0, 0, NOON.plusMillis(20), "second"), happened(0, 1, NOON.plusMillis(50), "fourth")));
        poll.put(partition(2), List.of(happened(2, 7, NOON, "first"), happened(2, 8, NOON.plusMillis(30), "third")));

        assertEquals(List.of("first", "second", "third", "fourth"), values(poll));
    }

    @Test
    void eventsPublishedInOneMillisecondAreOrderedByWhenTheyHappened() {
        Map<TopicPartition, List<ConsumerRecord<String, String>>> poll = new LinkedHashMap<>();
        // an outbox relay sends a backlog at once: one record timestamp, the events' own times apart
        poll.put(partition(1), List.of(happened(1, 0, NOON.plusNanos(2_000), "later")));
        poll.put(partition(0), List.of(happened(0, 0, NOON.plusNanos(1_000), "earlier")));

        assertEquals(List.of("earlier", "later"), values(poll));
    }

    @Test
    void aRecordWithoutAnEventTimeIsOrderedByItsTimestamp() {
        Map<TopicPartition, List<ConsumerRecord<String, String>>> poll = new LinkedHashMap<>();
        poll.put(partition(0), List.of(published(0, 0, NOON.plusMillis(10), new RecordHeaders(), "untimed")));
        poll.put(partition(1), List.of(happened(1, 0, NOON, "timed")));

        assertEquals(List.of("timed", "untimed"), values(poll));
    }

    @Test
    void aPartitionsOwnOrderIsKeptWhateverItsTimesSay() {
        Map<TopicPartition, List<ConsumerRecord<String, String>>> poll = new LinkedHashMap<>();
        poll.put(partition(1), List.of(happened(1, 0, NOON.plusSeconds(2), "a1"), happened(1, 1, NOON, "a2")));
        poll.put(partition(0), List.of(happened(0, 0, NOON.plusSeconds(1), "b1")));

        assertEquals(List.of("b1", "a1", "a2"), values(poll));
    }

    @Test
    void eventsOfOneMomentKeepThePollsOrder() {
        Map<TopicPartition, List<ConsumerRecord<String, String>>> poll = new LinkedHashMap<>();
        poll.put(partition(2), List.of(happened(2, 0, NOON, "x")));
        poll.put(partition(0), List.of(happened(0, 0, NOON, "y"), happened(0, 1, NOON, "z")));

        assertEquals(List.of("x", "y", "z"), values(poll));
    }

    @Test
    void anEmptyPollHasNothingToHandle() {
        assertEquals(List.of(), values(Map.of()));
    }

    private static TopicPartition partition(int number) {
        return new TopicPartition(TOPIC, number);
    }

    private static ConsumerRecord<String, String> happened(int partition, long offset, Instant time, String value) {
        Headers headers = CloudEventHeaders.of(UUID.randomUUID(), "complaint.received", "test", time);
        return published(partition, offset, time.truncatedTo(ChronoUnit.MILLIS), headers, value);
    }

    private static ConsumerRecord<String, String> published(int partition, long offset, Instant timestamp, Headers headers, String value) {
        return new ConsumerRecord<>(TOPIC, partition, offset, timestamp.toEpochMilli(), TimestampType.CREATE_TIME, 0,
                value.length(), "key-" + value, value, headers, Optional.empty());
    }

    private static List<String> values(Map<TopicPartition, List<ConsumerRecord<String, String>>> poll) {
        return EventBatches.inEventTimeOrder(new ConsumerRecords<>(poll, Map.of())).stream().map(ConsumerRecord::value).toList();
    }
}
