package io.complaints.console.readmodel;

import io.complaints.console.ConsoleTestStack;
import io.complaints.devstack.DevStackResource;
import io.complaints.devstack.TestTokens;
import io.complaints.devstack.TopicProbe;
import io.complaints.devstack.TopicPublisher;
import io.complaints.support.security.Roles;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The read model built from the real topics, read back through the console's API. */
@QuarkusTest
@QuarkusTestResource(value = DevStackResource.class, initArgs = @ResourceArg(name = "database", value = ConsoleTestStack.DATABASE))
class ReadModelTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @BeforeAll
    static void signIn() {
        TestTokens.signInAs("mg-mia", Roles.MANAGER);
    }

    @Test
    void aComplaintsEventsFromEveryTopicMakeOneCaseWithOneTimelineWhateverOrderTheyArriveIn() {
        UUID complaintId = UUID.randomUUID();
        UUID caseId = UUID.randomUUID();
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.MILLIS).minusSeconds(60);
        Instant acknowledgeBy = t0.plus(Duration.ofHours(1));
        Instant resolveBy = t0.plus(Duration.ofHours(8));
        UUID receivedId = UUID.randomUUID();
        String received = ConsoleTestStack.received(receivedId, complaintId, t0, "Zoe Quint", "I was charged twice for order 77.");
        try (TopicPublisher publisher = ConsoleTestStack.publisher()) {
            // escalation's topic first: the case is read before intake's and triage's events
            publisher.send("complaints.assigned.v1", complaintId.toString(), ConsoleTestStack.caseEvent("case.assigned", complaintId,
                    caseId, t0.plusSeconds(2), "specialist", "sp-dan", "initial", acknowledgeBy, resolveBy));
            publisher.send("complaints.sla.v1", complaintId.toString(), ConsoleTestStack.sla("sla.warning", complaintId, caseId,
                    t0.plusSeconds(3), "acknowledge", acknowledgeBy));
            publisher.send("complaints.triaged.v1", complaintId.toString(), ConsoleTestStack.triaged(complaintId, t0.plusSeconds(1), "P2", "billing_refund"));
            publisher.send("complaints.received.v1", complaintId.toString(), received);
            publisher.send("complaints.received.v1", complaintId.toString(), received); // redelivered
        }
        await().atMost(WAIT).untilAsserted(() -> given().get("/api/cases/" + complaintId).then().statusCode(200)
                .body("timeline.size()", equalTo(4)));
        given().get("/api/cases/" + complaintId).then()
                .body("summary.status", equalTo("ASSIGNED"))
                .body("summary.severity", equalTo("P2"))
                .body("complaintConfidence", equalTo(0.97f))
                .body("summary.customer", equalTo("Zoe Quint"))
                .body("summary.assignee.id", equalTo("sp-dan"))
                .body("summary.acknowledge.light", equalTo("WARNING"))
                .body("summary.resolve.light", equalTo("OK"))
                .body("summary.flags", equalTo(List.of("churn_threat")))
                .body("message", equalTo("I was charged twice for order 77."))
                .body("cues[0].cue", equalTo("charged twice"))
                .body("timeline.type", equalTo(List.of("complaint.received", "complaint.triaged", "case.assigned", "sla.warning")))
                .body("timeline[2].text", equalTo("Assigned to Dan Delivery (specialist, routing)"));
        given().queryParam("category", "billing_refund").queryParam("severity", "P2").get("/api/queue").then().statusCode(200)
                .body("complaintId", org.hamcrest.Matchers.hasItem(complaintId.toString()));
        given().queryParam("channel", "phone").get("/api/queue").then().statusCode(200)
                .body("complaintId", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(complaintId.toString())));
        given().auth().oauth2(TestTokens.of("sp-dan", Roles.AGENT)).get("/api/my-cases").then().statusCode(200)
                .body("complaintId", org.hamcrest.Matchers.hasItem(complaintId.toString()));

        try (TopicPublisher publisher = ConsoleTestStack.publisher()) {
            publisher.send("complaints.assigned.v1", complaintId.toString(), ConsoleTestStack.caseEvent("case.acknowledged", complaintId,
                    caseId, t0.plusSeconds(10), "specialist", "sp-dan", "acknowledged", acknowledgeBy, resolveBy));
            publisher.send("complaints.resolved.v1", complaintId.toString(), ConsoleTestStack.resolved(complaintId, caseId, t0.plusSeconds(20)));
            publisher.send("complaints.followup.v1", complaintId.toString(), ConsoleTestStack.followUpClosed(complaintId, t0.plusSeconds(30), 2, 3, 6));
            publisher.send("complaints.reopened.v1", complaintId.toString(), """
                    {"eventId": "%s", "type": "complaint.reopened", "complaintId": "%s", "occurredAt": "%s", "caseId": "%s",
                     "reason": "low_csat", "comment": "Still charged twice"}""".formatted(UUID.randomUUID(), complaintId, t0.plusSeconds(31), caseId));
        }
        await().atMost(WAIT).untilAsserted(() -> given().get("/api/cases/" + complaintId).then()
                .body("timeline.size()", equalTo(8)));
        given().get("/api/cases/" + complaintId).then()
                .body("summary.status", equalTo("REOPENED"))
                .body("summary.reopenCount", equalTo(1))
                .body("remedy", equalTo("refund 20.00 EUR"))
                .body("csat", equalTo(2))
                .body("timeline[7].text", equalTo("Reopened: low csat - \"Still charged twice\""));
    }

    @Test
    void aRecordWithoutTheEnvelopeGoesToTheConsolesOwnDeadLetterTopicAndTheNextIsRead() {
        UUID complaintId = UUID.randomUUID();
        try (TopicProbe consoleLetters = ConsoleTestStack.probe("complaints.triaged.v1.console.dlq");
             TopicPublisher publisher = ConsoleTestStack.publisher()) {
            publisher.send("complaints.triaged.v1", complaintId.toString(), "{\"type\": \"complaint.triaged\", \"complaintId\": \"nope\"}");
            publisher.send("complaints.triaged.v1", complaintId.toString(), ConsoleTestStack.triaged(complaintId, Instant.now(), "P3", "delivery"));
            ConsumerRecord<String, String> letter = consoleLetters.awaitRecord(complaintId.toString(), WAIT);
            String reason = TopicProbe.headers(letter).get("dead-letter-reason");
            assertTrue(reason.contains("eventId") || reason.contains("complaintId"), reason);
        }
        await().atMost(WAIT).untilAsserted(() -> given().get("/api/cases/" + complaintId).then().statusCode(200)
                .body("summary.severity", equalTo("P3")));
    }

    @Test
    void theDashboardCountsComplaintsSatisfactionSpikesAndDeadLettersOfEveryService() {
        String topic = "complaints.test-" + UUID.randomUUID().toString().substring(0, 8) + ".v1.dlq";
        UUID complaintId = UUID.randomUUID();
        String product = "SKU-" + UUID.randomUUID().toString().substring(0, 6);
        try (TopicPublisher publisher = ConsoleTestStack.publisher()) {
            publisher.send("complaints.received.v1", complaintId.toString(),
                    ConsoleTestStack.received(UUID.randomUUID(), complaintId, Instant.now(), "Ada", "Broken on arrival"));
            publisher.send("complaints.sla.v1", complaintId.toString(), ConsoleTestStack.spike(complaintId, Instant.now(), product));
            publisher.send("complaints.followup.v1", complaintId.toString(), ConsoleTestStack.followUpClosed(complaintId, Instant.now(), 5, 10, 1));
            for (int i = 0; i < 3; i++) {
                publisher.send(topic, "k" + i, "not json " + i, java.util.Map.of("dead-letter-reason", "unreadable " + i));
            }
        }
        // the letters are read one poll at a time: wait for all three, not for the topic's first; and each topic has
        // its own consumer, so the follow-up may be read after the letters and the spike: wait for it too
        Predicate<JsonPath> counted = dashboard -> dashboard.getList("deadLetters.topic").contains(topic)
                && dashboard.getInt("deadLetters.find { it.topic == '" + topic + "' }.letters") == 3
                && dashboard.getList("spikes.value").contains(product)
                && !dashboard.getList("satisfaction").isEmpty() && dashboard.getInt("satisfaction[-1].answers") >= 1
                && dashboard.getList("byChannel.key").contains("email");
        await().atMost(Duration.ofSeconds(60)).until(() -> counted.test(given().get("/api/dashboard").then().statusCode(200).extract().jsonPath()));
        JsonPath dashboard = given().get("/api/dashboard").then().extract().jsonPath();
        assertEquals("unreadable 2", dashboard.getString("deadLetters.find { it.topic == '" + topic + "' }.lastReason"));
        assertTrue(dashboard.getList("perHourBySeverity").size() > 0);
        assertTrue(dashboard.getInt("satisfaction[-1].answers") >= 1);
        assertTrue(dashboard.getList("byChannel.key").contains("email"));
    }
}
