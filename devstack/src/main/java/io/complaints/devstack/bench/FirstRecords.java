package io.complaints.devstack.bench;

import io.complaints.devstack.KafkaClients;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Follows a topic from its end in a background thread and remembers, per key (complaint id), when the first
 * record of interest was written (the record's CreateTime, set by the publishing service). For the bench:
 * when each complaint's case was opened (first case.assigned or case.queued on complaints.assigned.v1), or
 * when intake published it (complaints.received.v1).
 */
final class FirstRecords implements AutoCloseable {

    private final Map<String, Long> firstSeen = new ConcurrentHashMap<>();
    private final AtomicLong lastSeenMillis = new AtomicLong();
    private final Thread poller;
    private volatile boolean running = true;

    FirstRecords(String bootstrapServers, String topic) {
        Properties config = KafkaClients.consumer(bootstrapServers);
        config.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, "50");
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config);
        List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                .map(info -> new TopicPartition(topic, info.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position); // fix the start now, before anything is measured
        poller = new Thread(() -> {
            try (consumer) {
                while (running) {
                    for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(100))) {
                        if (record.value() != null && record.value().contains("\"reason\":\"sla.breached\"")) {
                            continue; // a move, not an opening
                        }
                        firstSeen.putIfAbsent(record.key(), record.timestamp());
                        lastSeenMillis.accumulateAndGet(record.timestamp(), Math::max);
                    }
                }
            }
        }, "bench-" + topic);
        poller.setDaemon(true);
        poller.start();
    }

    Long firstAt(String key) {
        return firstSeen.get(key);
    }

    int count() {
        return firstSeen.size();
    }

    long lastMillis() {
        return lastSeenMillis.get();
    }

    /** Waits until every key has been seen or the timeout passes; returns how many were seen. */
    int awaitAll(List<String> keys, Duration timeout, Progress progress) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        int seen;
        do {
            seen = (int) keys.stream().filter(firstSeen::containsKey).count();
            progress.show(seen, keys.size());
            if (seen == keys.size()) {
                break;
            }
            Thread.sleep(250);
        } while (System.nanoTime() < deadline);
        progress.done();
        return seen;
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        poller.join(5_000);
    }
}
