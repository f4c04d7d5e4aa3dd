package io.complaints.devstack.ops;

import io.complaints.devstack.DevStack;
import io.complaints.devstack.KafkaClients;
import io.complaints.devstack.TopicProbe;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RedriveTest {

    @Test
    void deadLettersGoBackToTheirTopicOnceWithoutTheDeadLetterHeaders() throws Exception {
        String bootstrap = DevStack.shared().kafkaBootstrapServers();
        try (var producer = new KafkaProducer<String, String>(KafkaClients.producer(bootstrap))) {
            for (int i = 1; i <= 3; i++) {
                ProducerRecord<String, String> letter = new ProducerRecord<>("redrive.test.v1.dlq", "k" + i, "{\"n\":" + i + "}");
                letter.headers().add("ce_id", ("id-" + i).getBytes(StandardCharsets.UTF_8));
                letter.headers().add("dead-letter-reason", "database away".getBytes(StandardCharsets.UTF_8));
                letter.headers().add("dead-letter-topic", "redrive.test.v1".getBytes(StandardCharsets.UTF_8));
                producer.send(letter).get();
            }
        }

        assertEquals(Map.of("redrive.test.v1", 3), new Redrive(bootstrap).redrive("redrive.test.v1.dlq"));
        assertEquals(Map.of(), new Redrive(bootstrap).redrive("redrive.test.v1.dlq"), "a second redrive finds nothing new");

        try (TopicProbe probe = TopicProbe.on(bootstrap, "redrive.test.v1")) {
            var records = probe.awaitRecords(record -> true, 3, Duration.ofSeconds(30));
            assertEquals(3, records.size());
            assertEquals("{\"n\":1}", records.stream().filter(r -> "k1".equals(r.key())).findFirst().orElseThrow().value());
            for (var record : records) {
                Map<String, String> headers = TopicProbe.headers(record);
                assertTrue(headers.containsKey("ce_id"), "the record's own headers stay");
                assertFalse(headers.keySet().stream().anyMatch(name -> name.startsWith("dead-letter-")), headers.toString());
            }
            assertEquals(1, probe.recordsFor("k1", Duration.ofSeconds(2)).size(), "nothing was sent twice");
        }
    }
}
