package io.complaints.devstack.bench;

import io.complaints.devstack.KafkaClients;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What this machine's PostgreSQL and Kafka do on their own, measured in the same run as the pipeline, so its
 * figures can be read as shares of the machine's limits rather than as absolute numbers.
 */
final class MachineLimits {

    private MachineLimits() {
    }

    /** Single-row INSERT transactions per second (autocommit) from {@code connections} clients at once. */
    static double postgresInsertsPerSecond(String jdbcUrl, String user, String password, int connections, Duration duration)
            throws Exception {
        try (Connection setup = DriverManager.getConnection(jdbcUrl, user, password); Statement statement = setup.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS bench_insert (id UUID PRIMARY KEY, payload TEXT NOT NULL, at TIMESTAMPTZ NOT NULL)");
        }
        AtomicLong committed = new AtomicLong();
        long end = System.nanoTime() + duration.toNanos();
        ExecutorService clients = Executors.newFixedThreadPool(connections);
        List<Future<?>> running = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < connections; i++) {
            running.add(clients.submit(() -> {
                try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
                     PreparedStatement insert = connection.prepareStatement("INSERT INTO bench_insert VALUES (?, ?, now())")) {
                    while (System.nanoTime() < end) {
                        insert.setObject(1, UUID.randomUUID());
                        insert.setString(2, "a complaint-sized row of about one hundred characters, like an outbox or inbox row");
                        insert.executeUpdate();
                        committed.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> client : running) {
            client.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        clients.shutdown();
        return committed.get() / seconds;
    }

    record KafkaRates(double producedPerSecond, double consumedPerSecond) {
    }

    /** 1 KB records with the services' producer settings (acks=all, idempotent), then read back from the start. */
    static KafkaRates kafka(String bootstrapServers, int records) {
        String topic = "bench.limits." + UUID.randomUUID();
        String value = "x".repeat(1024);
        Properties producerConfig = KafkaClients.producer(bootstrapServers);
        producerConfig.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        long start = System.nanoTime();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig)) {
            for (int i = 0; i < records; i++) {
                producer.send(new ProducerRecord<>(topic, UUID.randomUUID().toString(), value));
            }
            producer.flush();
        }
        double produced = records / ((System.nanoTime() - start) / 1e9);

        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(KafkaClients.consumer(bootstrapServers))) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long read = 0;
            start = System.nanoTime();
            long deadline = start + Duration.ofSeconds(60).toNanos();
            while (read < records && System.nanoTime() < deadline) {
                read += consumer.poll(Duration.ofMillis(200)).count();
            }
            return new KafkaRates(produced, read / ((System.nanoTime() - start) / 1e9));
        }
    }

    static void dropInsertTable(String jdbcUrl, String user, String password) throws SQLException {
        try (Connection setup = DriverManager.getConnection(jdbcUrl, user, password); Statement statement = setup.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS bench_insert");
        }
    }
}
