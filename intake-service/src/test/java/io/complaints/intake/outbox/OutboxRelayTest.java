package io.complaints.intake.outbox;

import io.complaints.devstack.DevStackResource;
import io.complaints.devstack.TestTokens;
import io.complaints.devstack.TopicProbe;
import io.complaints.intake.IntakeTestStack;
import io.complaints.support.due.FailingRows;
import io.complaints.support.lock.AdvisoryLocks;
import io.complaints.support.outbox.OutboxEvent;
import io.complaints.support.outbox.OutboxParking;
import io.complaints.support.outbox.OutboxRelay;
import io.complaints.support.security.Roles;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The relay against the real database and broker: order per complaint across replicas, and a poison row. */
@QuarkusTest
@QuarkusTestResource(value = DevStackResource.class, initArgs = @ResourceArg(name = "database", value = IntakeTestStack.DATABASE))
class OutboxRelayTest {

    @BeforeAll
    static void signIn() {
        TestTokens.signInAs("ops-admin", Roles.OPS, Roles.ADMIN);
    }

    @Inject
    @Channel("outbox")
    MutinyEmitter<String> emitter;
    @Inject
    EntityManager entityManager;
    @Inject
    AdvisoryLocks locks;
    @Inject
    @Identifier(OutboxParking.KIND)
    FailingRows failing;
    @Inject
    MeterRegistry registry;
    @Inject
    OutboxRelay relay;

    @Test
    void twoRelaysWorkingOffABacklogPublishEachComplaintsEventsOnceAndInOrder() {
        String topic = "relay.order.test.v1";
        List<UUID> complaints = IntStream.range(0, 10).mapToObj(i -> UUID.randomUUID()).toList();
        // a backlog, as after a broker outage: 40 events per complaint, interleaved
        QuarkusTransaction.requiringNew().run(() -> {
            for (int n = 0; n < 40; n++) {
                for (UUID complaint : complaints) {
                    pending(topic, complaint, "{\"n\":" + n + "}", Instant.now());
                }
            }
        });
        OutboxRelay secondReplica = new OutboxRelay(emitter, entityManager, locks, failing, registry, "/intake-service", 25, Duration.ofSeconds(20));
        OutboxRelay thirdReplica = new OutboxRelay(emitter, entityManager, locks, failing, registry, "/intake-service", 7, Duration.ofSeconds(20));
        CompletableFuture.allOf(
                CompletableFuture.runAsync(relay::relayPending),
                CompletableFuture.runAsync(secondReplica::relayPending),
                CompletableFuture.runAsync(thirdReplica::relayPending)).join();

        try (TopicProbe probe = IntakeTestStack.probe(topic)) {
            probe.awaitRecords(record -> true, 400, Duration.ofSeconds(60));
            probe.recordsFor(complaints.get(0).toString(), Duration.ofSeconds(2)); // anything sent twice arrives by now
            List<ConsumerRecord<String, String>> records = probe.awaitRecords(record -> true, 400, Duration.ofSeconds(1));
            assertEquals(400, records.size(), "each event published once");
            Map<String, List<String>> byComplaint = records.stream().collect(
                    Collectors.groupingBy(ConsumerRecord::key, Collectors.mapping(ConsumerRecord::value, Collectors.toList())));
            assertEquals(10, byComplaint.size());
            List<String> expected = IntStream.range(0, 40).mapToObj(n -> "{\"n\":" + n + "}").toList();
            byComplaint.forEach((complaint, values) -> assertEquals(expected, values, "events of " + complaint));
        }
    }

    @Test
    void aRowKafkaRefusesIsParkedWhileTheOthersFlowAndOpsCanRetryIt() {
        String topic = "relay.poison.test.v1";
        UUID complaint = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        UUID poison = QuarkusTransaction.requiringNew().call(() -> {
            UUID id = pending(topic, complaint, "{\"big\":\"" + "x".repeat(2_000_000) + "\"}", Instant.now());
            pending(topic, other, "{\"n\":1}", Instant.now());
            return id;
        });

        try (TopicProbe probe = IntakeTestStack.probe(topic)) {
            probe.awaitRecord(other.toString(), Duration.ofSeconds(30));
        }
        OutboxEvent parked = awaitParked(poison, Instant.EPOCH);
        assertNull(parked.publishedAt);
        assertTrue(parked.failures >= 2, "failed " + parked.failures + " times before parking");
        assertTrue(parked.lastError.contains("RecordTooLarge"), parked.lastError);
        given().get("/ops/parked").then().statusCode(200).body("id", hasItem(poison.toString()));

        Instant retriedAt = Instant.now();
        given().post("/ops/parked/outbox/" + poison + "/retry").then().statusCode(204);
        // back in the work: Kafka refuses it again, and it is parked again
        OutboxEvent parkedAgain = awaitParked(poison, retriedAt);
        assertTrue(parkedAgain.failures >= 2);
        given().post("/ops/parked/outbox/" + UUID.randomUUID() + "/retry").then().statusCode(404);
    }

    private static UUID pending(String topic, UUID complaint, String payload, Instant createdAt) {
        OutboxEvent row = new OutboxEvent();
        row.id = UUID.randomUUID();
        row.aggregateId = complaint;
        row.topic = topic;
        row.eventType = "test.event";
        row.payload = payload;
        row.createdAt = createdAt;
        row.persist();
        return row.id;
    }

    private static OutboxEvent awaitParked(UUID id, Instant after) {
        OutboxEvent row = null;
        for (int i = 0; i < 150; i++) {
            row = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent>findById(id));
            if (row.parkedAt != null && row.parkedAt.isAfter(after)) {
                return row;
            }
            sleep(200);
        }
        throw new AssertionError("outbox row " + id + " not parked after " + after + "; failures " + row.failures);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
