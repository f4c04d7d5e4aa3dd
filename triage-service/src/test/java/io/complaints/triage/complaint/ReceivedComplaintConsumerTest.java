package io.complaints.triage.complaint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.complaints.devstack.ContractSchemas;
import io.complaints.devstack.DevStackResource;
import io.complaints.devstack.TestTokens;
import io.complaints.devstack.TopicProbe;
import io.complaints.devstack.TopicPublisher;
import io.complaints.support.outbox.CloudEventHeaders;
import io.complaints.support.security.Roles;
import io.complaints.triage.TriageTestStack;
import io.complaints.triage.analysis.ComplaintFacts;
import io.complaints.triage.analysis.TriageAnalyzer;
import io.complaints.triage.analysis.TriageResult;
import io.complaints.triage.trend.TrendWatch;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(value = DevStackResource.class, initArgs = @ResourceArg(name = "database", value = TriageTestStack.DATABASE))
class ReceivedComplaintConsumerTest {

    @BeforeAll
    static void signIn() {
        TestTokens.signInAs("sp-dan", Roles.AGENT);
    }

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    TriageAnalyzer analyzer;

    @Inject
    ObjectMapper json;

    @Inject
    ReceivedComplaintConsumer consumer;

    @Inject
    DataSource dataSource;

    @Test
    void aReceivedComplaintIsTriagedStoredAndPublished() {
        UUID complaintId = UUID.randomUUID();
        try (TopicPublisher publisher = TriageTestStack.publisher();
             TopicProbe triaged = TriageTestStack.probe(ComplaintTriage.TRIAGED_TOPIC)) {
            publisher.send(ComplaintTriage.RECEIVED_TOPIC, complaintId.toString(), TriageTestStack.receivedEvent(
                    UUID.randomUUID(), complaintId, "cust-" + UUID.randomUUID(), "review_site", null,
                    "The heater caught fire in my kitchen! My lawyer will hear about this. UNACCEPTABLE!!"));

            ConsumerRecord<String, String> record = triaged.awaitRecord(complaintId.toString(), WAIT);
            ContractSchemas.assertValid("complaint-triaged", record.value());
            Map<String, String> headers = TopicProbe.headers(record);
            assertEquals("io.complaints.complaint.triaged.v1", headers.get("ce_type"));
            assertEquals("/triage-service", headers.get("ce_source"));
            assertEquals("1.0", headers.get("ce_specversion"));
            assertTrue(record.value().contains("\"severity\":\"P1\""), record.value());
        }

        given().get("/triage/" + complaintId).then().statusCode(200)
                .body("severity", equalTo("P1"))
                .body("flags", hasItems("safety", "legal_threat", "public_channel"))
                .body("explanation", not(empty()))
                .body("explanation.rule", hasItem("severity:flag"));
    }

    @Test
    void aRedeliveredEventOrASecondEventForTheSameComplaintTriagesOnce() {
        UUID complaintId = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        String customer = "cust-" + UUID.randomUUID();
        String event = TriageTestStack.receivedEvent(eventId, complaintId, customer, "email", null, "Late parcel");
        try (TopicPublisher publisher = TriageTestStack.publisher();
             TopicProbe triaged = TriageTestStack.probe(ComplaintTriage.TRIAGED_TOPIC)) {
            publisher.send(ComplaintTriage.RECEIVED_TOPIC, complaintId.toString(), event);
            publisher.send(ComplaintTriage.RECEIVED_TOPIC, complaintId.toString(), event);
            publisher.send(ComplaintTriage.RECEIVED_TOPIC, complaintId.toString(), TriageTestStack.receivedEvent(
                    UUID.randomUUID(), complaintId, customer, "email", null, "Late parcel"));
            // A marker published after the duplicates: once it is triaged, the duplicates were consumed too.
            UUID marker = UUID.randomUUID();
            publisher.send(ComplaintTriage.RECEIVED_TOPIC, complaintId.toString(), TriageTestStack.receivedEvent(
                    UUID.randomUUID(), marker, customer, "email", null, "Marker"));
            triaged.awaitRecord(marker.toString(), WAIT);
            assertEquals(1, triaged.recordsFor(complaintId.toString(), Duration.ofSeconds(2)).size());
        }
    }

    @Test
    void aCustomersSecondComplaintIsFlaggedAsRepeat() {
        String customer = "cust-" + UUID.randomUUID();
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        try (TopicPublisher publisher = TriageTestStack.publisher();
             TopicProbe triaged = TriageTestStack.probe(ComplaintTriage.TRIAGED_TOPIC)) {
            publisher.send(ComplaintTriage.RECEIVED_TOPIC, first.toString(),
                    TriageTestStack.receivedEvent(UUID.randomUUID(), first, customer, "chat", null, "The app crashes"));
            triaged.awaitRecord(first.toString(), WAIT);
            publisher.send(ComplaintTriage.RECEIVED_TOPIC, second.toString(),
                    TriageTestStack.receivedEvent(UUID.randomUUID(), second, customer, "chat", null, "The app still crashes"));
            String value = triaged.awaitRecord(second.toString(), WAIT).value();
            assertTrue(value.contains("repeat_complainer"), value);
            assertTrue(!triaged.awaitRecord(first.toString(), WAIT).value().contains("repeat_complainer"));
        }
    }

    @Test
    void complaintsConsumedTogetherAreTriagedAsEachAloneAndARepeatAmongThemIsSeen() throws Exception {
        List<String> messages = List.of("Not what I hoped for at all.", "The agent was rude and hung up on me",
                "My credit file shows a late mark I never had and the bureau will not correct it.",
                "Thanks, all sorted now.", "WHERE IS MY REFUND?! You are useless and this is a SCAM!!!",
                "The collector on my account calls me at work five times a day.");
        String customer = "cust-" + UUID.randomUUID();
        List<UUID> ids = new ArrayList<>();
        try (TopicPublisher publisher = TriageTestStack.publisher();
             TopicProbe triaged = TriageTestStack.probe(ComplaintTriage.TRIAGED_TOPIC)) {
            List<String> events = new ArrayList<>();
            for (String message : messages) {
                UUID id = UUID.randomUUID();
                ids.add(id);
                events.add(TriageTestStack.receivedEvent(UUID.randomUUID(), id, customer, "email", null, message));
            }
            // one key, one partition, sent at once: in this order, in as few polls as the consumer makes
            publisher.sendAll(ComplaintTriage.RECEIVED_TOPIC, customer, events);
            for (int i = 0; i < messages.size(); i++) {
                JsonNode event = json.readTree(triaged.awaitRecord(ids.get(i).toString(), WAIT).value());
                TriageResult alone = analyzer.analyze(new ComplaintFacts("My order", messages.get(i), false, "gold",
                        new BigDecimal("1200"), null, null, i));
                assertEquals(alone.category().code(), event.path("category").asText(), messages.get(i));
                assertEquals(alone.sentiment().score(), event.path("sentiment").path("score").asDouble(), 1e-6, messages.get(i));
                assertEquals(alone.severity().name(), event.path("severity").asText(), messages.get(i));
                boolean repeat = event.path("flags").toString().contains("repeat_complainer");
                assertEquals(i > 0, repeat, messages.get(i) + ": " + event.path("flags"));
            }
        }
    }

    @Test
    void aCustomersComplaintsOnSeveralPartitionsAreTriagedInTheOrderTheyWereReceived() throws Exception {
        String customer = "cust-" + UUID.randomUUID();
        List<UUID> ids = new ArrayList<>();
        List<ConsumerRecord<String, String>> received = new ArrayList<>();
        Instant firstReceived = Instant.now();
        for (int i = 0; i < 3; i++) {
            UUID id = UUID.randomUUID();
            ids.add(id);
            received.add(receivedRecord(i, id, customer, firstReceived.plusSeconds(i)));
        }
        // keyed by the complaint, as intake publishes, so on three partitions; the poll lists the first complaint's last
        Map<TopicPartition, List<ConsumerRecord<String, String>>> poll = new LinkedHashMap<>();
        for (int i : new int[] {1, 2, 0}) {
            poll.put(new TopicPartition(ComplaintTriage.RECEIVED_TOPIC, i), List.of(received.get(i)));
        }
        try (TopicProbe triaged = TriageTestStack.probe(ComplaintTriage.TRIAGED_TOPIC)) {
            consumer.consume(new ConsumerRecords<>(poll, Map.of()));
            for (int i = 0; i < ids.size(); i++) {
                String flags = json.readTree(triaged.awaitRecord(ids.get(i).toString(), WAIT).value()).path("flags").toString();
                assertEquals(i > 0, flags.contains("repeat_complainer"), "complaint " + i + ": " + flags);
            }
        }
    }

    @Test
    void aCustomersEarlierComplaintTriagedAPollAfterTheLaterOneIsFlaggedAsRepeat() throws Exception {
        String customer = "cust-" + UUID.randomUUID();
        UUID earlier = UUID.randomUUID();
        UUID later = UUID.randomUUID();
        Instant firstReceived = Instant.now();
        // the earlier complaint's partition lags a whole poll behind the later one's
        try (TopicProbe triaged = TriageTestStack.probe(ComplaintTriage.TRIAGED_TOPIC)) {
            consumer.consume(onePoll(receivedRecord(2, later, customer, firstReceived.plusSeconds(5))));
            consumer.consume(onePoll(receivedRecord(0, earlier, customer, firstReceived)));
            String laterFlags = json.readTree(triaged.awaitRecord(later.toString(), WAIT).value()).path("flags").toString();
            String earlierFlags = json.readTree(triaged.awaitRecord(earlier.toString(), WAIT).value()).path("flags").toString();
            assertFalse(laterFlags.contains("repeat_complainer"), "triaged first, nothing known yet: " + laterFlags);
            assertTrue(earlierFlags.contains("repeat_complainer"), "the later complaint was known: " + earlierFlags);
        }
    }

    @Test
    void aReplicaTriagingACustomersComplaintWaitsForAnotherReplicaTriagingTheSameCustomer() throws Exception {
        String customer = "cust-" + UUID.randomUUID();
        UUID mine = UUID.randomUUID();
        Instant firstReceived = Instant.now();
        try (Connection otherReplica = dataSource.getConnection();
             TopicProbe triaged = TriageTestStack.probe(ComplaintTriage.TRIAGED_TOPIC)) {
            // the other replica, half-way through triaging the customer's first complaint: locked, stored, not committed
            otherReplica.setAutoCommit(false);
            try (PreparedStatement lock = otherReplica.prepareStatement("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))");
                 PreparedStatement store = otherReplica.prepareStatement("""
                         INSERT INTO triage (complaint_id, event_id, customer_id, customer_tier, channel, language,
                           sentiment_score, sentiment_label, anger, emotion, urgency, category, severity, severity_points,
                           flags, explanation, received_at, triaged_at)
                         VALUES (?, ?, ?, 'standard', 'email', 'en', -0.5, 'negative', 0.2, 'calm', 0, 'other', 'P4', 1,
                           '', '[]', ?, now())""")) {
                lock.setString(1, ComplaintTriage.customerLock(customer));
                lock.executeQuery().close();
                store.setObject(1, UUID.randomUUID());
                store.setObject(2, UUID.randomUUID());
                store.setString(3, customer);
                store.setObject(4, OffsetDateTime.ofInstant(firstReceived, ZoneOffset.UTC));
                store.executeUpdate();
            }
            ConsumerRecords<String, String> poll = onePoll(receivedRecord(1, mine, customer, firstReceived.plusSeconds(1)));
            CompletableFuture<Void> triaging = CompletableFuture.runAsync(() -> consumer.consume(poll));
            long until = System.nanoTime() + WAIT.toNanos();
            while (!triaging.isDone() && !waitingForAnAdvisoryLock(otherReplica) && System.nanoTime() < until) {
                Thread.sleep(20);
            }
            otherReplica.commit();
            triaging.get(WAIT.toSeconds(), TimeUnit.SECONDS);
            String flags = json.readTree(triaged.awaitRecord(mine.toString(), WAIT).value()).path("flags").toString();
            assertTrue(flags.contains("repeat_complainer"), "the other replica's complaint was counted: " + flags);
        }
    }

    private static boolean waitingForAnAdvisoryLock(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet waiting = statement.executeQuery("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted")) {
            return waiting.next() && waiting.getLong(1) > 0;
        }
    }

    private ConsumerRecord<String, String> receivedRecord(int partition, UUID complaintId, String customer, Instant occurredAt)
            throws Exception {
        String event = TriageTestStack.receivedEvent(UUID.randomUUID(), complaintId, customer, "email", null,
                "The app crashes, attempt " + partition);
        event = event.replace(json.readTree(event).path("occurredAt").asText(), occurredAt.toString());
        return new ConsumerRecord<>(ComplaintTriage.RECEIVED_TOPIC, partition, 0, occurredAt.toEpochMilli(), TimestampType.CREATE_TIME,
                0, event.length(), complaintId.toString(), event,
                CloudEventHeaders.of(UUID.randomUUID(), "complaint.received", "test", occurredAt), Optional.empty());
    }

    private static ConsumerRecords<String, String> onePoll(ConsumerRecord<String, String> record) {
        return new ConsumerRecords<>(Map.of(new TopicPartition(record.topic(), record.partition()), List.of(record)), Map.of());
    }

    @Test
    void manyComplaintsAboutOneProductRaiseOneTrendSpike() {
        String product = "SKU-" + UUID.randomUUID();
        try (TopicPublisher publisher = TriageTestStack.publisher();
             TopicProbe sla = TriageTestStack.probe(TrendWatch.SLA_TOPIC);
             TopicProbe triaged = TriageTestStack.probe(ComplaintTriage.TRIAGED_TOPIC)) {
            UUID last = null;
            for (int i = 0; i < 5; i++) {
                last = UUID.randomUUID();
                publisher.send(ComplaintTriage.RECEIVED_TOPIC, last.toString(), TriageTestStack.receivedEvent(
                        UUID.randomUUID(), last, "cust-" + UUID.randomUUID(), "web", product, "It broke after one day"));
            }
            triaged.awaitRecord(last.toString(), WAIT);
            List<ConsumerRecord<String, String>> spikes = sla.awaitRecords(
                    record -> record.value().contains(product), 1, WAIT);
            long spikesForProduct = sla.recordsFor(spikes.get(0).key(), Duration.ofSeconds(2)).stream()
                    .filter(record -> record.value().contains(product)).count();
            assertEquals(1, spikesForProduct, "five complaints over a threshold of three: one spike, not three");
            ContractSchemas.assertValid("sla", spikes.get(0).value());
            assertTrue(spikes.get(0).value().contains("\"type\":\"trend.spike\""));
            assertEquals("io.complaints.trend.spike.v1", TopicProbe.headers(spikes.get(0)).get("ce_type"));
        }
    }

    @Test
    void malformedEventsGoToTheDeadLetterTopicAndConsumptionGoesOn() {
        String badKey = "bad-" + UUID.randomUUID();
        UUID good = UUID.randomUUID();
        try (TopicPublisher publisher = TriageTestStack.publisher();
             TopicProbe deadLetters = TriageTestStack.probe("complaints.received.v1.dlq");
             TopicProbe triaged = TriageTestStack.probe(ComplaintTriage.TRIAGED_TOPIC)) {
            publisher.send(ComplaintTriage.RECEIVED_TOPIC, badKey, "{\"eventId\": \"not-a-uuid\"}");
            publisher.send(ComplaintTriage.RECEIVED_TOPIC, badKey + "-2", """
                    {"eventId": "%s", "type": "complaint.received", "complaintId": "%s", "occurredAt": "2026-01-01T00:00:00Z",
                     "channel": "web", "customer": {"id": "c"}, "message": ""}""".formatted(UUID.randomUUID(), UUID.randomUUID()));
            publisher.send(ComplaintTriage.RECEIVED_TOPIC, good.toString(), TriageTestStack.receivedEvent(
                    UUID.randomUUID(), good, "cust-" + UUID.randomUUID(), "web", null, "Fine otherwise"));

            String notAnEvent = TopicProbe.headers(deadLetters.awaitRecord(badKey, WAIT)).get("dead-letter-reason");
            assertTrue(notAnEvent.contains("eventId"), notAnEvent);
            String invalid = TopicProbe.headers(deadLetters.awaitRecord(badKey + "-2", WAIT)).get("dead-letter-reason");
            assertTrue(invalid.contains("message") && invalid.contains("customer.tier"), invalid);
            triaged.awaitRecord(good.toString(), WAIT);
        }
    }

    @Test
    void anUnknownComplaintHasNoTriage() {
        given().get("/triage/" + UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void healthMetricsAndOpenApiAreExposed() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/metrics").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200);
    }
}
