package io.complaints.intake.complaint;

import io.complaints.devstack.ContractSchemas;
import io.complaints.devstack.DevStack;
import io.complaints.devstack.DevStackResource;
import io.complaints.devstack.TestTokens;
import io.complaints.devstack.TopicProbe;
import io.complaints.intake.IntakeTestStack;
import io.complaints.support.outbox.OutboxEvent;
import io.complaints.support.security.Roles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** A 201 means the event will be published, even when Kafka is down at that moment. */
@QuarkusTest
@QuarkusTestResource(value = DevStackResource.class, initArgs = @ResourceArg(name = "database", value = IntakeTestStack.DATABASE))
class KafkaOutageTest {

    @BeforeAll
    static void signIn() {
        TestTokens.signInAs("web-form", Roles.INTAKE);
    }

    @Test
    void aComplaintAcceptedWhileKafkaIsDownIsPublishedOnceKafkaIsBack() {
        Assumptions.assumeTrue(DevStack.shared().ownsKafka(), "needs the devstack's own broker to stop it");
        DevStack.shared().kafka().stop();
        String id;
        try {
            id = given().contentType(ContentType.JSON)
                    .body("""
                            {"channel": "email", "customer": {"id": "cust-%s", "tier": "standard"},
                             "message": "Kafka is down but my complaint still counts"}""".formatted(UUID.randomUUID()))
                    .post("/complaints")
                    .then().statusCode(201).extract().path("id");
            OutboxEvent pending = QuarkusTransaction.requiringNew().call(() ->
                    OutboxEvent.<OutboxEvent>find("aggregateId", UUID.fromString(id)).firstResult());
            assertNull(pending.publishedAt, "not published while Kafka is down");
            // past the relay's failed sends (delivery timeout 15 s): still live, still ready for REST, backlog shown
            sleep(Duration.ofSeconds(20));
            given().get("/q/health/live").then().statusCode(200);
            given().get("/q/health/ready").then().statusCode(200)
                    .body("checks.find { it.name == 'outbox' }.data.pending", greaterThanOrEqualTo(1))
                    .body("checks.find { it.name == 'outbox' }.data.oldestPendingAgeSeconds", greaterThanOrEqualTo(15));
        } finally {
            DevStack.shared().kafka().start();
        }

        try (TopicProbe probe = IntakeTestStack.probe(ComplaintIntake.RECEIVED_TOPIC)) {
            ConsumerRecord<String, String> record = probe.awaitRecord(id, Duration.ofSeconds(90));
            ContractSchemas.assertValid("complaint-received", record.value());
        }
        OutboxEvent published = awaitPublished(UUID.fromString(id));
        assertEquals(id, published.aggregateId.toString());
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static OutboxEvent awaitPublished(UUID complaintId) {
        for (int i = 0; i < 150; i++) {
            OutboxEvent row = QuarkusTransaction.requiringNew().call(() ->
                    OutboxEvent.<OutboxEvent>find("aggregateId", complaintId).firstResult());
            if (row.publishedAt != null) {
                return row;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        throw new AssertionError("outbox row for " + complaintId + " never marked published");
    }
}
