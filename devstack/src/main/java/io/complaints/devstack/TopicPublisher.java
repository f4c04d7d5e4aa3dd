package io.complaints.devstack;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeader;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** A plain Kafka producer for tests to publish what another system would. */
public final class TopicPublisher implements AutoCloseable {

    private final KafkaProducer<String, String> producer;

    private TopicPublisher(String bootstrapServers) {
        this.producer = new KafkaProducer<>(KafkaClients.producer(bootstrapServers));
    }

    public static TopicPublisher to(String bootstrapServers) {
        return new TopicPublisher(bootstrapServers);
    }

    public void send(String topic, String key, String value) {
        send(topic, key, value, Map.of());
    }

    public void send(String topic, String key, String value, Map<String, String> headers) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
        headers.forEach((name, header) -> record.headers().add(new RecordHeader(name, header.getBytes(StandardCharsets.UTF_8))));
        awaitAll(topic, List.of(producer.send(record)));
    }

    /** Sends the values under one key all at once (a consumer gets them in as few polls as it can), then waits. */
    public void sendAll(String topic, String key, List<String> values) {
        List<Future<RecordMetadata>> sent = values.stream()
                .map(value -> producer.send(new ProducerRecord<>(topic, key, value))).toList();
        producer.flush();
        awaitAll(topic, sent);
    }

    private static void awaitAll(String topic, List<Future<RecordMetadata>> sent) {
        try {
            for (Future<RecordMetadata> each : sent) {
                each.get(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not publish to " + topic, e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
