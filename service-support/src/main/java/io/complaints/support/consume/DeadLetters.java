package io.complaints.support.consume;

import io.complaints.support.retry.Backoff;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Puts a consumed record that cannot be processed on {@code <topic>.dlq} (a reader of other services' topics
 * that is not their consumer of record, such as the console, sets {@code consume.dead-letter-suffix} to a
 * suffix of its own, so the owners' dead-letter topics hold only their own letters), with the headers SmallRye's own
 * dead-letter strategy writes (dead-letter-reason, -topic, -partition, -offset) beside the record's own. The
 * send is confirmed before the consumer's offset moves on, so a dead letter is never lost: while the broker
 * is away the send is retried with back-off, holding the partition, rather than failing the channel (which
 * would take the service's liveness down). Each letter counts in {@code dead_letters_total{topic}}.
 */
@ApplicationScoped
public class DeadLetters {

    public static final String METRIC = "dead_letters";
    private static final Logger LOG = Logger.getLogger(DeadLetters.class);

    private final Map<String, Object> kafkaConfig;
    private final String suffix;
    private final MeterRegistry registry;
    private final Backoff backoff;
    private KafkaProducer<String, String> producer;
    private volatile boolean stopping;

    /** @param kafkaConfig the service's kafka.* settings: the broker and its security, as every channel has them */
    public DeadLetters(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig, MeterRegistry registry,
                       RetryConfig retry, @ConfigProperty(name = "consume.dead-letter-suffix", defaultValue = ".dlq") String suffix) {
        this.kafkaConfig = kafkaConfig;
        this.suffix = suffix;
        this.registry = registry;
        this.backoff = retry.backoff();
    }

    public void send(ConsumerRecord<String, String> record, String reason) {
        ProducerRecord<String, String> letter = new ProducerRecord<>(record.topic() + suffix, record.key(), record.value());
        for (Header header : record.headers()) {
            letter.headers().add(header);
        }
        header(letter, "dead-letter-reason", reason);
        header(letter, "dead-letter-topic", record.topic());
        header(letter, "dead-letter-partition", Integer.toString(record.partition()));
        header(letter, "dead-letter-offset", Long.toString(record.offset()));
        for (int failures = 1; ; failures++) {
            try {
                producer().send(letter).get(30, TimeUnit.SECONDS);
                break;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while dead-lettering", e);
            } catch (ExecutionException | TimeoutException e) {
                if (stopping) {
                    throw new IllegalStateException("Stopping before a record of " + record.topic() + " at offset "
                            + record.offset() + " could be dead-lettered; it stays unconsumed", e);
                }
                Duration wait = backoff.after(failures);
                LOG.warnf("Could not dead-letter %s-%d@%d yet (attempt %d), retrying in %s: %s", record.topic(),
                        record.partition(), record.offset(), failures, wait, e.getMessage());
                Backoff.sleep(wait);
            }
        }
        Counter.builder(METRIC).description("Records this service put on a dead-letter topic")
                .tag("topic", letter.topic()).register(registry).increment();
        LOG.warnf("Dead-lettered %s-%d@%d to %s: %s", record.topic(), record.partition(), record.offset(), letter.topic(), reason);
    }

    private synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            Properties config = new Properties();
            config.putAll(kafkaConfig);
            config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            config.put(ProducerConfig.ACKS_CONFIG, "all");
            config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
            producer = new KafkaProducer<>(config);
        }
        return producer;
    }

    private static void header(ProducerRecord<String, String> letter, String name, String value) {
        letter.headers().remove(name);
        letter.headers().add(name, String.valueOf(value).getBytes(StandardCharsets.UTF_8));
    }

    synchronized void onShutdown(@Observes ShutdownEvent shutdown) {
        stopping = true;
        if (producer != null) {
            producer.close();
        }
    }
}
