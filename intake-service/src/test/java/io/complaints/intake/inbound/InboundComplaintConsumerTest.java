package io.complaints.intake.inbound;

import io.complaints.devstack.ContractSchemas;
import io.complaints.devstack.DevStackResource;
import io.complaints.devstack.TopicProbe;
import io.complaints.devstack.TopicPublisher;
import io.complaints.intake.IntakeTestStack;
import io.complaints.intake.complaint.Complaint;
import io.complaints.intake.complaint.ComplaintIntake;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(value = DevStackResource.class, initArgs = @ResourceArg(name = "database", value = IntakeTestStack.DATABASE))
class InboundComplaintConsumerTest {

    private static final String INBOUND = "complaints.inbound.v1";
    private static final String DLQ = "complaints.inbound.v1.dlq";

    static String inbound(String externalId, String customerId, String message) {
        return """
                {"externalId": "%s", "channel": "social",
                 "customer": {"id": "%s", "name": "Bo", "tier": "gold"},
                 "message": "%s", "publicUrl": "https://social.example.com/p/1"}
                """.formatted(externalId, customerId, message);
    }

    @Test
    void aComplaintFromAnotherSystemIsTakenLikeAPostedOne() {
        String externalId = "crm-" + UUID.randomUUID();
        try (TopicPublisher publisher = IntakeTestStack.publisher();
             TopicProbe received = IntakeTestStack.probe(ComplaintIntake.RECEIVED_TOPIC)) {
            publisher.send(INBOUND, externalId, inbound(externalId, "cust-" + UUID.randomUUID(), "Your app charged me twice"));
            ConsumerRecord<String, String> record = received.awaitRecords(
                    r -> r.value().contains(externalId), 1, Duration.ofSeconds(30)).get(0);
            ContractSchemas.assertValid("complaint-received", record.value());
            assertTrue(record.value().contains("\"source\":\"inbound-topic\""));
            assertEquals("io.complaints.complaint.received.v1", TopicProbe.headers(record).get("ce_type"));
        }
    }

    @Test
    void aRedeliveredInboundRecordCreatesNoSecondComplaint() {
        String externalId = "crm-" + UUID.randomUUID();
        String value = inbound(externalId, "cust-" + UUID.randomUUID(), "Delivery driver was rude");
        try (TopicPublisher publisher = IntakeTestStack.publisher();
             TopicProbe received = IntakeTestStack.probe(ComplaintIntake.RECEIVED_TOPIC)) {
            publisher.send(INBOUND, externalId, value);
            publisher.send(INBOUND, externalId, value);
            String marker = "\"externalId\":\"" + externalId + "\"";
            received.awaitRecords(r -> r.value().contains(marker), 1, Duration.ofSeconds(30));
            awaitStored(externalId, 1);
            // Both records were consumed once the later one is; give the second its chance to (wrongly) add one.
            sleep(Duration.ofSeconds(2));
            assertEquals(1, countStored(externalId));
        }
    }

    @Test
    void invalidRecordsGoToTheDeadLetterTopicWithTheReasonAndConsumptionGoesOn() {
        String badKey = "bad-" + UUID.randomUUID();
        String notJsonKey = "notjson-" + UUID.randomUUID();
        String goodId = "crm-" + UUID.randomUUID();
        try (TopicPublisher publisher = IntakeTestStack.publisher();
             TopicProbe deadLetters = IntakeTestStack.probe(DLQ);
             TopicProbe received = IntakeTestStack.probe(ComplaintIntake.RECEIVED_TOPIC)) {
            publisher.send(INBOUND, badKey, """
                    {"channel": "carrier-pigeon", "customer": {"id": "c"}, "message": "hi"}""");
            publisher.send(INBOUND, notJsonKey, "this is not json");
            publisher.send(INBOUND, badKey + "-2", """
                    {"channel": "web", "customer": {"id": "c", "email": "nope"}, "message": ""}""");
            publisher.send(INBOUND, badKey + "-nul", """
                    {"channel": "web", "customer": {"id": "c"}, "message": "NUL \\u0000 here"}""");
            publisher.send(INBOUND, goodId, inbound(goodId, "cust-" + UUID.randomUUID(), "Still waiting for my refund"));

            Map<String, String> unknownChannel = TopicProbe.headers(deadLetters.awaitRecord(badKey, Duration.ofSeconds(30)));
            assertTrue(unknownChannel.get("dead-letter-reason").contains("unknown channel 'carrier-pigeon'"),
                    unknownChannel.toString());
            assertEquals(INBOUND, unknownChannel.get("dead-letter-topic"));

            ConsumerRecord<String, String> notJson = deadLetters.awaitRecord(notJsonKey, Duration.ofSeconds(30));
            assertEquals("this is not json", notJson.value(), "the original record is kept as it was");
            assertTrue(TopicProbe.headers(notJson).get("dead-letter-reason").startsWith("not a complaint"));

            String invalidReason = TopicProbe.headers(deadLetters.awaitRecord(badKey + "-2", Duration.ofSeconds(30)))
                    .get("dead-letter-reason");
            assertTrue(invalidReason.contains("customer.email") && invalidReason.contains("message"), invalidReason);

            String nulReason = TopicProbe.headers(deadLetters.awaitRecord(badKey + "-nul", Duration.ofSeconds(30)))
                    .get("dead-letter-reason");
            assertTrue(nulReason.contains("message") && nulReason.contains("NUL"), nulReason);

            received.awaitRecords(r -> r.value().contains(goodId), 1, Duration.ofSeconds(30));
        }
    }

    private static void awaitStored(String externalId, long expected) {
        Instant deadline = Instant.now().plusSeconds(30);
        while (countStored(externalId) < expected && Instant.now().isBefore(deadline)) {
            sleep(Duration.ofMillis(200));
        }
    }

    private static long countStored(String externalId) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> Complaint.count("externalId", externalId));
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
