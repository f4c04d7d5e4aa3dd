package io.complaints.e2e;

import io.complaints.devstack.ContractSchemas;
import io.complaints.devstack.DevStack;
import io.complaints.devstack.Platform;
import io.complaints.devstack.TopicProbe;
import io.complaints.devstack.TopicPublisher;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The four services as separate processes on one broker and one PostgreSQL server, followed through every
 * topic: received -> triaged -> assigned -> (SLA breach -> re-assigned) -> resolved -> follow-up requested ->
 * reopened or closed. Every record validates against contracts/ and carries CloudEvents headers.
 */
class ComplaintJourneyTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Map<String, String> SCHEMA_BY_TOPIC = Map.of(
            "complaints.received.v1", "complaint-received",
            "complaints.triaged.v1", "complaint-triaged",
            "complaints.assigned.v1", "case-assigned",
            "complaints.sla.v1", "sla",
            "complaints.resolved.v1", "complaint-resolved",
            "complaints.followup.v1", "followup",
            "complaints.reopened.v1", "complaint-reopened");

    private static final String CUSTOMER_NAME = "Zelda Quixote";
    private static final String CUSTOMER_EMAIL = "zelda.quixote@example.com";
    private static final Path LOGS = Platform.projectRoot().resolve("e2e-tests/target/service-logs");
    private static Platform platform;

    @BeforeAll
    static void startThePlatform() {
        Path root = Platform.projectRoot();
        platform = Platform.start(DevStack.shared(), root, LOGS, Map.of(
                "escalation", Map.of("escalation.sla.targets.P4.acknowledge", "PT6S"),
                "followup", Map.of("followup.default-delay", "PT2S", "followup.delays.P1", "PT2S")),
                Duration.ofMinutes(3));
        roster();
    }

    @AfterAll
    static void stopThePlatform() throws IOException {
        if (platform != null) {
            platform.close();
            assertNoCustomerDataInTheLogs();
        }
    }

    /** The customer's name, email and words are personal data: the services must not write them to their logs. */
    private static void assertNoCustomerDataInTheLogs() throws IOException {
        for (String service : Platform.SERVICES) {
            String log = Files.readString(LOGS.resolve(service + "-service.log"));
            for (String personal : List.of(CUSTOMER_NAME, CUSTOMER_EMAIL, "nobody answers", "lawyer", "parcel", "crashing")) {
                assertFalse(log.contains(personal), service + "'s log contains customer data: " + personal);
            }
        }
    }

    /** Roster ids are the identity provider's user names: a signed-in person acts as that handler. */
    private static void roster() {
        handler("ana", "Ana", "frontline", "[]");
        handler("dan", "Dan", "specialist",
                "[\"delivery\", \"billing_refund\", \"product_quality\", \"service_behaviour\", \"unmet_expectations\", \"account_technical\", \"other\"]");
        handler("mia", "Mia", "manager", "[]");
        handler("sam", "Sam", "senior_management", "[]");
    }

    private static String tokenOf(String user) {
        return DevStack.shared().keycloak().userToken(user);
    }

    private static void handler(String id, String name, String tier, String skills) {
        given().baseUri(platform.url("escalation")).auth().oauth2(tokenOf("admin")).contentType(ContentType.JSON)
                .body("{\"name\": \"%s\", \"tier\": \"%s\", \"skills\": %s, \"languages\": [\"en\"], \"capacity\": 20, \"onShift\": true}"
                        .formatted(name, tier, skills))
                .put("/handlers/" + id).then().statusCode(200);
    }

    private static String post(String customer, String channel, String tier, String message) {
        return given().baseUri(platform.url("intake")).auth().oauth2(DevStack.shared().keycloak().sourceToken())
                .contentType(ContentType.JSON)
                .body("""
                        {"channel": "%s", "customer": {"id": "%s", "name": "%s", "email": "%s", "tier": "%s"},
                         "subject": "Complaint", "message": "%s", "publicUrl": null}"""
                        .formatted(channel, customer, CUSTOMER_NAME, CUSTOMER_EMAIL, tier, message))
                .post("/complaints").then().statusCode(201).extract().path("id");
    }

    private static ConsumerRecord<String, String> await(String topic, String complaintId, Predicate<String> value) {
        try (TopicProbe probe = TopicProbe.on(DevStack.shared().kafkaBootstrapServers(), topic)) {
            return probe.awaitRecords(record -> complaintId.equals(record.key()) && value.test(record.value()), 1, WAIT).get(0);
        }
    }

    private static String caseId(String complaintId) {
        return given().baseUri(platform.url("escalation")).auth().oauth2(tokenOf("mia")).queryParam("complaintId", complaintId)
                .get("/cases").then().statusCode(200).extract().path("[0].id");
    }

    private static String surveyToken(String complaintId) {
        ConsumerRecord<String, String> requested = await("complaints.followup.v1", complaintId,
                value -> value.contains("\"type\":\"followup.requested\""));
        String value = requested.value();
        int start = value.indexOf("\"surveyToken\":\"") + "\"surveyToken\":\"".length();
        return value.substring(start, value.indexOf('"', start));
    }

    @Test
    void anAngryLegalThreatIsEscalatedResolvedAndReopenedWhenTheCustomerIsStillUnhappy() {
        String complaint = post("cust-" + UUID.randomUUID(), "email", "vip",
                "You charged me twice and nobody answers! My lawyer will take legal action. UNACCEPTABLE!!!");
        await("complaints.received.v1", complaint, value -> true);
        ConsumerRecord<String, String> triaged = await("complaints.triaged.v1", complaint, value -> true);
        assertTrue(triaged.value().contains("\"legal_threat\""), triaged.value());
        assertTrue(await("complaints.assigned.v1", complaint, value -> true).value().contains("\"tier\":\"manager\""));

        given().baseUri(platform.url("escalation")).auth().oauth2(tokenOf("mia")).contentType(ContentType.JSON)
                .body("{\"note\": \"Refunded both charges\", \"remedy\": {\"type\": \"refund\", \"amount\": 300, \"currency\": \"EUR\"}}")
                .post("/cases/" + caseId(complaint) + "/resolve").then().statusCode(200);
        await("complaints.resolved.v1", complaint, value -> value.contains("\"type\":\"refund\""));

        given().baseUri(platform.url("followup")).contentType(ContentType.JSON)
                .body("{\"csat\": 1, \"nps\": 0, \"comment\": \"The second charge is still on my card\"}")
                .post("/followups/" + surveyToken(complaint) + "/response").then().statusCode(200);
        await("complaints.reopened.v1", complaint, value -> value.contains("\"reason\":\"low_csat\""));
        ConsumerRecord<String, String> reassigned = await("complaints.assigned.v1", complaint,
                value -> value.contains("\"reason\":\"reopened\""));
        assertTrue(reassigned.value().contains("\"tier\":\"senior_management\""), reassigned.value());

        assertEveryRecordMatchesTheContract(complaint, 7);
    }

    @Test
    void aCalmComplaintNobodyAcknowledgesIsReEscalatedThenClosedByAHappyCustomer() {
        String complaint = post("cust-" + UUID.randomUUID(), "web", "standard",
                "Hello, my parcel arrived a day late. Not a big deal, just letting you know.");
        ConsumerRecord<String, String> triaged = await("complaints.triaged.v1", complaint, value -> true);
        assertTrue(triaged.value().contains("\"severity\":\"P4\""), triaged.value());
        assertTrue(await("complaints.assigned.v1", complaint, value -> true).value().contains("\"tier\":\"frontline\""));

        await("complaints.sla.v1", complaint, value -> value.contains("\"type\":\"sla.breached\""));
        ConsumerRecord<String, String> reassigned = await("complaints.assigned.v1", complaint,
                value -> value.contains("\"reason\":\"sla.breached\""));
        assertTrue(reassigned.value().contains("\"tier\":\"specialist\""), reassigned.value());

        given().baseUri(platform.url("escalation")).auth().oauth2(tokenOf("dan")).contentType(ContentType.JSON)
                .body("{\"remedy\": {\"type\": \"apology\"}}")
                .post("/cases/" + caseId(complaint) + "/resolve").then().statusCode(200);
        given().baseUri(platform.url("followup")).contentType(ContentType.JSON)
                .body("{\"csat\": 5, \"nps\": 9, \"comment\": \"Thanks for sorting it out\"}")
                .post("/followups/" + surveyToken(complaint) + "/response").then().statusCode(200);
        await("complaints.followup.v1", complaint, value -> value.contains("\"type\":\"followup.closed\""));

        assertEveryRecordMatchesTheContract(complaint, 9);
    }

    @Test
    void aComplaintPublishedByAnotherSystemIsTriagedAndAssigned() {
        String externalId = "crm-" + UUID.randomUUID();
        try (TopicPublisher publisher = TopicPublisher.to(DevStack.shared().kafkaBootstrapServers())) {
            publisher.send("complaints.inbound.v1", externalId, """
                    {"externalId": "%s", "channel": "social", "customer": {"id": "cust-%s", "tier": "gold"},
                     "message": "Your app keeps crashing and I cannot log in to my account", "publicUrl": "https://social.example.com/p/9"}"""
                    .formatted(externalId, UUID.randomUUID()));
        }
        String complaint;
        try (TopicProbe received = TopicProbe.on(DevStack.shared().kafkaBootstrapServers(), "complaints.received.v1")) {
            complaint = received.awaitRecords(record -> record.value().contains(externalId), 1, WAIT).get(0).key();
        }
        ConsumerRecord<String, String> triaged = await("complaints.triaged.v1", complaint, value -> true);
        assertTrue(triaged.value().contains("\"category\":\"account_technical\""), triaged.value());
        assertTrue(triaged.value().contains("\"public_channel\""), triaged.value());
        assertTrue(await("complaints.assigned.v1", complaint, value -> true).value().contains("public_acknowledgement"));
    }

    @Test
    void slaTimersAndFollowUpsThatCameDueWhileTheirServiceWasDownFireAfterItRestarts() throws InterruptedException {
        String complaint = post("cust-" + UUID.randomUUID(), "web", "standard",
                "My parcel came a day late, no big deal, just so you know.");
        assertTrue(await("complaints.assigned.v1", complaint, value -> true).value().contains("\"tier\":\"frontline\""));

        platform.stop("escalation");
        Thread.sleep(Duration.ofSeconds(8).toMillis()); // past the 6 s acknowledgement target
        platform.start("escalation");
        await("complaints.sla.v1", complaint, value -> value.contains("\"type\":\"sla.breached\""));
        await("complaints.assigned.v1", complaint, value -> value.contains("\"reason\":\"sla.breached\""));

        platform.stop("followup");
        // senior management: the case may have breached again and moved up since (6 s clocks)
        given().baseUri(platform.url("escalation")).auth().oauth2(tokenOf("sam")).contentType(ContentType.JSON)
                .body("{\"remedy\": {\"type\": \"apology\"}}")
                .post("/cases/" + caseId(complaint) + "/resolve").then().statusCode(200);
        Thread.sleep(Duration.ofSeconds(4).toMillis()); // past the 2 s follow-up delay
        platform.start("followup");
        surveyToken(complaint);
    }

    /** Every record about this complaint, on every topic, against contracts/ and with CloudEvents headers. */
    private static void assertEveryRecordMatchesTheContract(String complaintId, int atLeast) {
        int checked = 0;
        for (Map.Entry<String, String> topic : SCHEMA_BY_TOPIC.entrySet()) {
            try (TopicProbe probe = TopicProbe.on(DevStack.shared().kafkaBootstrapServers(), topic.getKey())) {
                List<ConsumerRecord<String, String>> records = probe.recordsFor(complaintId, Duration.ofSeconds(1));
                for (ConsumerRecord<String, String> record : records) {
                    ContractSchemas.assertValid(topic.getValue(), record.value());
                    Map<String, String> headers = TopicProbe.headers(record);
                    assertEquals("1.0", headers.get("ce_specversion"), topic.getKey());
                    assertTrue(record.value().contains("\"eventId\":\"" + headers.get("ce_id") + "\""), topic.getKey());
                    assertTrue(headers.get("ce_type").startsWith("io.complaints."), headers.get("ce_type"));
                    assertTrue(headers.get("ce_source").endsWith("-service"), headers.get("ce_source"));
                    Instant.parse(headers.get("ce_time"));
                    checked++;
                }
            }
        }
        assertTrue(checked >= atLeast, "checked " + checked + " records for " + complaintId);
    }
}
