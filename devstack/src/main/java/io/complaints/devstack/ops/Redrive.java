package io.complaints.devstack.ops;

import io.complaints.devstack.KafkaClients;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts dead letters back on the topic they came from, after whatever made them fail was fixed: every record
 * of {@code <topic>.dlq} from where the last redrive stopped up to its end when the redrive starts, without
 * the dead-letter-* headers. Where it stopped is the committed offset of the consumer group
 * {@code redrive.<topic>.dlq}, so a letter is put back once; the services deduplicate on the event id if a
 * redrive is cut off between sending and committing.
 */
public final class Redrive {

    private static final String DEAD_LETTER_HEADER_PREFIX = "dead-letter-";
    private static final String SUFFIX = ".dlq";

    private final String bootstrapServers;

    public Redrive(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    public static void main(String[] args) {
        if (args.length != 2 || !args[1].endsWith(SUFFIX)) {
            System.err.println("Usage: Redrive BOOTSTRAP_SERVERS TOPIC.dlq");
            System.exit(2);
        }
        Map<String, Integer> redriven = new Redrive(args[0]).redrive(args[1]);
        if (redriven.isEmpty()) {
            System.out.println("Nothing to redrive on " + args[1]);
        }
        redriven.forEach((topic, count) -> System.out.printf("Redrove %d record(s) from %s to %s%n", count, args[1], topic));
    }

    /** Returns how many records went back to each topic. */
    public Map<String, Integer> redrive(String deadLetterTopic) {
        var consumerConfig = KafkaClients.consumer(bootstrapServers);
        consumerConfig.put(ConsumerConfig.GROUP_ID_CONFIG, "redrive." + deadLetterTopic);
        consumerConfig.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        var producerConfig = KafkaClients.producer(bootstrapServers);
        Map<String, Integer> redriven = new HashMap<>();
        try (var consumer = new KafkaConsumer<String, String>(consumerConfig);
             var producer = new KafkaProducer<String, String>(producerConfig)) {
            List<TopicPartition> partitions = consumer.partitionsFor(deadLetterTopic, Duration.ofSeconds(30)).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition()))
                    .toList();
            consumer.assign(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < ends.get(partition))) {
                Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
                for (ConsumerRecord<String, String> letter : consumer.poll(Duration.ofSeconds(1))) {
                    TopicPartition partition = new TopicPartition(letter.topic(), letter.partition());
                    if (letter.offset() >= ends.get(partition)) {
                        continue; // arrived after the redrive started: the next redrive's
                    }
                    ProducerRecord<String, String> record = original(letter);
                    producer.send(record);
                    redriven.merge(record.topic(), 1, Integer::sum);
                    done.put(partition, new OffsetAndMetadata(letter.offset() + 1));
                }
                producer.flush();
                consumer.commitSync(done);
                // records past the end seen at the start are left for the next redrive
                ends.forEach((partition, end) -> {
                    if (consumer.position(partition) > end) {
                        consumer.seek(partition, end);
                    }
                });
            }
        }
        return redriven;
    }

    private static ProducerRecord<String, String> original(ConsumerRecord<String, String> letter) {
        Header from = letter.headers().lastHeader(DEAD_LETTER_HEADER_PREFIX + "topic");
        String topic = from != null
                ? new String(from.value(), StandardCharsets.UTF_8)
                : letter.topic().substring(0, letter.topic().length() - SUFFIX.length());
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, letter.key(), letter.value());
        for (Header header : letter.headers()) {
            if (!header.key().startsWith(DEAD_LETTER_HEADER_PREFIX)) {
                record.headers().add(header);
            }
        }
        return record;
    }
}
