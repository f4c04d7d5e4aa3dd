package io.complaints.followup.followup;

import io.complaints.devstack.ContractSchemas;
import io.complaints.devstack.DevStackResource;
import io.complaints.devstack.TestTokens;
import io.complaints.devstack.TopicProbe;
import io.complaints.devstack.TopicPublisher;
import io.complaints.followup.FollowUpTestStack;
import io.complaints.support.security.Roles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(value = DevStackResource.class, initArgs = @ResourceArg(name = "database", value = FollowUpTestStack.DATABASE))
class FollowUpLifecycleTest {

    @BeforeAll
    static void signIn() {
        TestTokens.signInAs("mg-mia", Roles.MANAGER, Roles.OPS);
    }

    private static final Duration WAIT = Duration.ofSeconds(30);

    /** Publishes a resolution and waits for the follow-up request; returns the survey token. */
    private static String resolveAndAwaitRequest(UUID complaintId, String severity, String channel) {
        try (TopicPublisher publisher = FollowUpTestStack.publisher();
             TopicProbe followups = FollowUpTestStack.probe(FollowUpEvents.FOLLOWUP_TOPIC)) {
            publisher.send(FollowUps.RESOLVED_TOPIC, complaintId.toString(),
                    FollowUpTestStack.resolved(complaintId, severity, channel, "billing_refund"));
            ConsumerRecord<String, String> requested = followups.awaitRecord(complaintId.toString(), WAIT);
            ContractSchemas.assertValid("followup", requested.value());
            assertTrue(requested.value().contains("\"type\":\"followup.requested\""), requested.value());
            assertEquals("io.complaints.followup.requested.v1", TopicProbe.headers(requested).get("ce_type"));
            assertEquals("/followup-service", TopicProbe.headers(requested).get("ce_source"));
            given().get("/followups/" + complaintId).then().statusCode(200)
                    .body("[0].status", equalTo("REQUESTED"))
                    .body("[0]", not(hasKey("surveyToken")));
            return surveyTokenOf(requested.value());
        }
    }

    /** The token goes to the customer through the notification system that reads complaints.followup.v1. */
    private static String surveyTokenOf(String followUpEvent) {
        int start = followUpEvent.indexOf("\"surveyToken\":\"") + "\"surveyToken\":\"".length();
        return followUpEvent.substring(start, followUpEvent.indexOf('"', start));
    }

    @Test
    void anUnhappyAnswerReopensTheComplaint() {
        UUID complaintId = UUID.randomUUID();
        String token = resolveAndAwaitRequest(complaintId, "P1", "email");
        try (TopicProbe reopened = FollowUpTestStack.probe(FollowUpEvents.REOPENED_TOPIC)) {
            given().contentType(ContentType.JSON).body("{\"csat\": 1, \"nps\": 2, \"comment\": \"Still charged twice, awful.\"}")
                    .post("/followups/" + token + "/response").then().statusCode(200)
                    .body("status", equalTo("REOPENED")).body("outcome", equalTo("low_csat"));
            ConsumerRecord<String, String> record = reopened.awaitRecord(complaintId.toString(), WAIT);
            ContractSchemas.assertValid("complaint-reopened", record.value());
            assertTrue(record.value().contains("\"comment\":\"Still charged twice, awful.\""), record.value());
            assertEquals("io.complaints.complaint.reopened.v1", TopicProbe.headers(record).get("ce_type"));
        }
        given().contentType(ContentType.JSON).body("{\"csat\": 5}").post("/followups/" + token + "/response")
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void concurrentAnswersOfOneSurveyReopenTheComplaintOnce() {
        UUID complaintId = UUID.randomUUID();
        String token = resolveAndAwaitRequest(complaintId, "P2", "email");
        try (TopicProbe reopened = FollowUpTestStack.probe(FollowUpEvents.REOPENED_TOPIC)) {
            List<Integer> statuses = IntStream.range(0, 4).parallel()
                    .mapToObj(i -> given().contentType(ContentType.JSON).body("{\"csat\": 1, \"comment\": \"Answer " + i + "\"}")
                            .post("/followups/" + token + "/response").statusCode())
                    .sorted().toList();
            assertEquals(List.of(200, 409, 409, 409), statuses);
            reopened.awaitRecord(complaintId.toString(), WAIT);
            assertEquals(1, reopened.recordsFor(complaintId.toString(), Duration.ofSeconds(2)).size(), "one reopen");
        }
    }

    @Test
    void aFollowUpThatAlwaysFailsIsParkedWhileTheOthersGoOut() {
        UUID poisonComplaint = UUID.randomUUID();
        UUID healthyComplaint = UUID.randomUUID();
        // The database refuses to move this one follow-up on, as a row with data the code cannot handle would.
        QuarkusTransaction.requiringNew().run(() -> FollowUp.getEntityManager().createNativeQuery("""
                CREATE OR REPLACE FUNCTION refuse_poison() RETURNS trigger AS $$
                BEGIN RAISE EXCEPTION 'poison follow-up'; END $$ LANGUAGE plpgsql;
                DROP TRIGGER IF EXISTS refuse_poison ON follow_up;
                CREATE TRIGGER refuse_poison BEFORE UPDATE ON follow_up FOR EACH ROW
                    WHEN (OLD.customer_id = 'poison' AND NEW.status <> OLD.status) EXECUTE FUNCTION refuse_poison();
                """).executeUpdate());
        UUID poison = QuarkusTransaction.requiringNew().call(() -> overdue(poisonComplaint, "poison").id);
        try (TopicProbe followups = FollowUpTestStack.probe(FollowUpEvents.FOLLOWUP_TOPIC)) {
            QuarkusTransaction.requiringNew().run(() -> overdue(healthyComplaint, "cust-1"));
            followups.awaitRecord(healthyComplaint.toString(), WAIT);
            for (int i = 0; i < 100 && !isParked(poison); i++) {
                sleep(200);
            }
            given().get("/ops/parked").then().statusCode(200)
                    .body("find { it.id == '" + poison + "' }.kind", equalTo("follow-up"))
                    .body("find { it.id == '" + poison + "' }.lastError", containsString("poison follow-up"));
            assertEquals(0, followups.recordsFor(poisonComplaint.toString(), Duration.ofMillis(500)).size());
        }
    }

    private static FollowUp overdue(UUID complaintId, String customerId) {
        FollowUp overdue = new FollowUp();
        overdue.id = UUID.randomUUID();
        overdue.complaintId = complaintId;
        overdue.resolvedEventId = UUID.randomUUID();
        overdue.customerId = customerId;
        overdue.customerTier = "standard";
        overdue.channel = "email";
        overdue.severity = "P4";
        overdue.resolvedAt = Instant.now().minus(Duration.ofDays(4));
        overdue.dueAt = Instant.now().minus(Duration.ofDays(1));
        overdue.status = FollowUpStatus.SCHEDULED;
        overdue.surveyToken = "token-" + UUID.randomUUID();
        overdue.persist();
        return overdue;
    }

    private static boolean isParked(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> FollowUp.getEntityManager()
                .createNativeQuery("SELECT parked_at IS NOT NULL FROM follow_up WHERE id = :id")
                .setParameter("id", id).getSingleResult().equals(Boolean.TRUE));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aHappyAnswerClosesTheComplaint() {
        UUID complaintId = UUID.randomUUID();
        String token = resolveAndAwaitRequest(complaintId, "P2", "chat");
        try (TopicProbe followups = FollowUpTestStack.probe(FollowUpEvents.FOLLOWUP_TOPIC)) {
            given().contentType(ContentType.JSON).body("{\"csat\": 5, \"nps\": 10, \"ces\": 2, \"comment\": \"Great, thank you!\"}")
                    .post("/followups/" + token + "/response").then().statusCode(200).body("status", equalTo("CLOSED"));
            ConsumerRecord<String, String> closed = followups.awaitRecords(complaintId.toString(), 2, WAIT).get(1);
            ContractSchemas.assertValid("followup", closed.value());
            assertTrue(closed.value().contains("\"type\":\"followup.closed\""), closed.value());
            assertTrue(closed.value().contains("\"csat\":5"), closed.value());
        }
        given().queryParam("groupBy", "channel").get("/satisfaction").then().statusCode(200)
                .body("overall.responses", notNullValue())
                .body("groups.key", hasItem("chat"));
        given().get("/q/metrics").then().statusCode(200).body(containsString("satisfaction_csat_percent"));
    }

    @Test
    void withoutAnAnswerTheCustomerIsRemindedThenTheFollowUpExpires() {
        UUID complaintId = UUID.randomUUID();
        resolveAndAwaitRequest(complaintId, "P3", "web");
        try (TopicProbe followups = FollowUpTestStack.probe(FollowUpEvents.FOLLOWUP_TOPIC)) {
            List<ConsumerRecord<String, String>> records = followups.awaitRecords(complaintId.toString(), 3, WAIT);
            assertTrue(records.get(1).value().contains("\"type\":\"followup.reminded\""), records.get(1).value());
            assertTrue(records.get(1).value().contains("\"attempt\":2"), records.get(1).value());
            assertTrue(records.get(2).value().contains("\"type\":\"followup.expired\""), records.get(2).value());
            records.forEach(record -> ContractSchemas.assertValid("followup", record.value()));
        }
        given().get("/followups/" + complaintId).then().body("[0].status", equalTo("EXPIRED"));
    }

    @Test
    void aFollowUpThatCameDueWhileTheServiceWasDownGoesOutOnTheNextPoll() {
        UUID complaintId = UUID.randomUUID();
        try (TopicProbe followups = FollowUpTestStack.probe(FollowUpEvents.FOLLOWUP_TOPIC)) {
            QuarkusTransaction.requiringNew().run(() -> overdue(complaintId, "cust-1"));
            ConsumerRecord<String, String> requested = followups.awaitRecord(complaintId.toString(), WAIT);
            assertTrue(requested.value().contains("\"type\":\"followup.requested\""));
            assertEquals(1, followups.recordsFor(complaintId.toString(), Duration.ofSeconds(1)).size(), "fires once");
        }
    }

    @Test
    void aRedeliveredResolutionSchedulesOneFollowUp() {
        UUID complaintId = UUID.randomUUID();
        String event = FollowUpTestStack.resolved(complaintId, "P4", "email", "delivery");
        try (TopicPublisher publisher = FollowUpTestStack.publisher()) {
            publisher.send(FollowUps.RESOLVED_TOPIC, complaintId.toString(), event);
            publisher.send(FollowUps.RESOLVED_TOPIC, complaintId.toString(), event);
            UUID marker = UUID.randomUUID();
            publisher.send(FollowUps.RESOLVED_TOPIC, complaintId.toString(), FollowUpTestStack.resolved(marker, "P4", "email", "delivery"));
            Instant deadline = Instant.now().plus(WAIT);
            while (given().get("/followups/" + marker).then().extract().path("size()").equals(0) && Instant.now().isBefore(deadline)) {
                Thread.onSpinWait();
            }
        }
        given().get("/followups/" + complaintId).then().body("size()", equalTo(1)).body("[0].status", equalTo("SCHEDULED"));
    }

    @Test
    void badAnswersAndBadRecordsAreRejectedWithTheReason() {
        given().contentType(ContentType.JSON).body("{\"csat\": 5}").post("/followups/no-such-token/response")
                .then().statusCode(404).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("{\"comment\": \"no scores\"}").post("/followups/x/response")
                .then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("{\"csat\": 9}").post("/followups/x/response")
                .then().statusCode(400).body("errors[0].field", equalTo("csat"));
        given().queryParam("groupBy", "planet").get("/satisfaction").then().statusCode(400);

        String key = "bad-" + UUID.randomUUID();
        try (TopicPublisher publisher = FollowUpTestStack.publisher();
             TopicProbe deadLetters = FollowUpTestStack.probe("complaints.resolved.v1.dlq")) {
            publisher.send(FollowUps.RESOLVED_TOPIC, key, "{\"type\": \"complaint.resolved\"}");
            String reason = TopicProbe.headers(deadLetters.awaitRecord(key, WAIT)).get("dead-letter-reason");
            assertTrue(reason.contains("eventId") && reason.contains("customer"), reason);
        }
    }
}
