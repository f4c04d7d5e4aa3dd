package io.complaints.escalation.cases;

import io.complaints.devstack.ContractSchemas;
import io.complaints.devstack.DevStackResource;
import io.complaints.devstack.TestTokens;
import io.complaints.devstack.TopicProbe;
import io.complaints.devstack.TopicPublisher;
import io.complaints.escalation.EscalationTestStack;
import io.complaints.escalation.routing.HandlerTier;
import io.complaints.escalation.sla.SlaSchedule;
import io.complaints.support.security.Roles;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(value = DevStackResource.class, initArgs = @ResourceArg(name = "database", value = EscalationTestStack.DATABASE))
class CaseLifecycleTest {

    @BeforeAll
    static void signIn() {
        TestTokens.signInAs("sm-sam", Roles.MANAGER, Roles.ADMIN, Roles.OPS);
    }

    private static final Duration WAIT = Duration.ofSeconds(30);

    @BeforeEach
    void roster() {
        EscalationTestStack.roster();
    }

    /** Publishes a triaged complaint and returns its first complaints.assigned.v1 record. */
    private static ConsumerRecord<String, String> openCase(UUID complaintId, String severity, String category, String flags) {
        try (TopicPublisher publisher = EscalationTestStack.publisher();
             TopicProbe assigned = EscalationTestStack.probe(CaseEvents.ASSIGNED_TOPIC)) {
            publisher.send(CaseWorkflow.TRIAGED_TOPIC, complaintId.toString(),
                    EscalationTestStack.triaged(UUID.randomUUID(), complaintId, severity, category, flags));
            return assigned.awaitRecord(complaintId.toString(), WAIT);
        }
    }

    private static String caseIdOf(UUID complaintId) {
        return given().queryParam("complaintId", complaintId).get("/cases").then().statusCode(200)
                .extract().path("[0].id");
    }

    @Test
    void theRemedyLimitsOfEveryTierCanBeReadBeforeResolving() {
        given().get("/remedy-limits").then().statusCode(200)
                .body("tier", org.hamcrest.Matchers.contains("frontline", "specialist", "manager", "senior_management"))
                .body("find { it.tier == 'frontline' }.limits.EUR", equalTo(50))
                .body("find { it.tier == 'specialist' }.limits.GBP", equalTo(220))
                .body("find { it.tier == 'manager' }.limits", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void aP1ComplaintIsAssignedToAManagerWithItsDeadlines() {
        UUID complaintId = UUID.randomUUID();
        ConsumerRecord<String, String> record = openCase(complaintId, "P1", "product_quality", "[\"safety\", \"public_channel\"]");
        ContractSchemas.assertValid("case-assigned", record.value());
        Map<String, String> headers = TopicProbe.headers(record);
        assertEquals("io.complaints.case.assigned.v1", headers.get("ce_type"));
        assertEquals("/escalation-service", headers.get("ce_source"));
        assertTrue(record.value().contains("\"tier\":\"manager\""), record.value());
        assertTrue(record.value().contains("\"id\":\"mg-mia\""), record.value());
        assertTrue(record.value().contains("public_acknowledgement"), record.value());

        given().get("/cases/" + caseIdOf(complaintId)).then().statusCode(200)
                .body("status", equalTo("ASSIGNED"))
                .body("tier", equalTo("manager"))
                .body("assignee", equalTo("mg-mia"))
                .body("routingRule", equalTo("p1-to-manager"))
                .body("history.kind", hasItem("opened"));
    }

    @Test
    void aMissedAcknowledgementWarnsThenMovesTheCaseOneTierUp() {
        UUID complaintId = UUID.randomUUID();
        ConsumerRecord<String, String> first = openCase(complaintId, "P4", "delivery", "[]");
        assertTrue(first.value().contains("\"tier\":\"frontline\""), first.value());
        try (TopicProbe sla = EscalationTestStack.probe(CaseEvents.SLA_TOPIC);
             TopicProbe assigned = EscalationTestStack.probe(CaseEvents.ASSIGNED_TOPIC)) {
            List<ConsumerRecord<String, String>> slaRecords = sla.awaitRecords(complaintId.toString(), 2, WAIT);
            assertTrue(slaRecords.get(0).value().contains("\"type\":\"sla.warning\""), slaRecords.get(0).value());
            assertTrue(slaRecords.get(1).value().contains("\"type\":\"sla.breached\""), slaRecords.get(1).value());
            slaRecords.forEach(record -> ContractSchemas.assertValid("sla", record.value()));
            assertEquals("io.complaints.sla.breached.v1", TopicProbe.headers(slaRecords.get(1)).get("ce_type"));

            ConsumerRecord<String, String> reassigned = assigned.awaitRecords(complaintId.toString(), 2, WAIT).get(1);
            ContractSchemas.assertValid("case-assigned", reassigned.value());
            assertTrue(reassigned.value().contains("\"reason\":\"sla.breached\""), reassigned.value());
            assertTrue(reassigned.value().contains("\"tier\":\"specialist\""), reassigned.value());
            assertTrue(reassigned.value().contains("\"id\":\"sp-dan\""), reassigned.value());
        }
        given().get("/cases/" + caseIdOf(complaintId)).then()
                .body("tier", equalTo("specialist"))
                .body("history.kind", hasItem("sla.breached"))
                .body("history.kind", hasItem("escalated"));
        given().auth().none().get("/q/metrics").then().statusCode(200)
                .body(containsString("sla_events_total{"))
                .body(containsString("type=\"sla.breached\""));
    }

    @Test
    void resolvingPublishesTheRemedyAndAReopenGoesOneTierHigher() {
        UUID complaintId = UUID.randomUUID();
        openCase(complaintId, "P2", "billing_refund", "[]");
        String caseId = caseIdOf(complaintId);
        given().auth().oauth2(TestTokens.of("sp-dan", Roles.AGENT)).contentType(ContentType.JSON).body("{}").post("/cases/" + caseId + "/acknowledge")
                .then().statusCode(200).body("status", equalTo("ACKNOWLEDGED"));

        try (TopicProbe resolved = EscalationTestStack.probe(CaseEvents.RESOLVED_TOPIC)) {
            given().auth().oauth2(TestTokens.of("sp-dan", Roles.AGENT)).contentType(ContentType.JSON)
                    .body("""
                            {"note": "Refunded the double charge",
                             "remedy": {"type": "refund", "amount": 120.50, "currency": "EUR"}}""")
                    .post("/cases/" + caseId + "/resolve").then().statusCode(200)
                    .body("status", equalTo("RESOLVED"))
                    .body("remedy.type", equalTo("refund"));
            ConsumerRecord<String, String> record = resolved.awaitRecord(complaintId.toString(), WAIT);
            ContractSchemas.assertValid("complaint-resolved", record.value());
            assertTrue(record.value().contains("\"amount\":120.5"), record.value());
            assertTrue(record.value().contains("\"tier\":\"specialist\""), record.value());
            assertEquals("io.complaints.complaint.resolved.v1", TopicProbe.headers(record).get("ce_type"));
        }

        try (TopicPublisher publisher = EscalationTestStack.publisher();
             TopicProbe assigned = EscalationTestStack.probe(CaseEvents.ASSIGNED_TOPIC)) {
            publisher.send(CaseWorkflow.REOPENED_TOPIC, complaintId.toString(),
                    EscalationTestStack.reopened(complaintId, "Still charged twice"));
            List<ConsumerRecord<String, String>> records = assigned.awaitRecords(complaintId.toString(), 3, WAIT);
            ConsumerRecord<String, String> acknowledged = records.get(1);
            ContractSchemas.assertValid("case-assigned", acknowledged.value());
            assertTrue(acknowledged.value().contains("\"type\":\"case.acknowledged\""), acknowledged.value());
            assertTrue(acknowledged.value().contains("\"id\":\"sp-dan\""), acknowledged.value());
            ConsumerRecord<String, String> reassigned = records.get(2);
            assertTrue(reassigned.value().contains("\"reason\":\"reopened\""), reassigned.value());
            assertTrue(reassigned.value().contains("\"tier\":\"manager\""), reassigned.value());
        }
        given().get("/cases/" + caseId).then()
                .body("history.find { it.kind == 'acknowledged' }.actor", equalTo("sp-dan"))
                .body("history.find { it.kind == 'resolved' }.actor", equalTo("sp-dan"))
                .body("resolvedBy", equalTo("sp-dan"))
                .body("status", equalTo("ASSIGNED"))
                .body("reopenCount", equalTo(1))
                .body("history.detail", hasItem("low_csat: Still charged twice"));
    }

    @Test
    void onlyTheAssigneeOrAHigherTierMayWorkACase() {
        EscalationTestStack.handler("fl-bob", "Bob Frontline", "frontline", "[]", 0);
        UUID complaintId = UUID.randomUUID();
        openCase(complaintId, "P4", "other", "[]");
        String caseId = caseIdOf(complaintId);
        given().get("/cases/" + caseId).then().body("assignee", equalTo("fl-ana"));
        String apology = "{\"remedy\": {\"type\": \"apology\"}}";
        given().auth().oauth2(TestTokens.of("fl-bob", Roles.AGENT)).contentType(ContentType.JSON).body(apology)
                .post("/cases/" + caseId + "/resolve").then().statusCode(403).body("type", containsString("not-your-case"));
        given().auth().oauth2(TestTokens.of("stranger", Roles.AGENT)).contentType(ContentType.JSON).body("{}")
                .post("/cases/" + caseId + "/acknowledge").then().statusCode(403).body("type", containsString("not-on-roster"));
        given().auth().oauth2(TestTokens.of("sp-dan", Roles.AGENT)).contentType(ContentType.JSON).body(apology)
                .post("/cases/" + caseId + "/resolve").then().statusCode(200).body("resolvedBy", equalTo("sp-dan"));
    }

    @Test
    void aRemedyOverTheResolversLimitIsAConflictNamingTheApprover() {
        UUID complaintId = UUID.randomUUID();
        openCase(complaintId, "P4", "other", "[]");
        String caseId = caseIdOf(complaintId);
        // the body cannot make the agent someone else: the resolver is the token's user
        given().auth().oauth2(TestTokens.of("fl-ana", Roles.AGENT)).contentType(ContentType.JSON)
                .body("{\"resolvedBy\": \"sm-sam\", \"remedy\": {\"type\": \"credit\", \"amount\": 80, \"currency\": \"EUR\"}}")
                .post("/cases/" + caseId + "/resolve").then().statusCode(409)
                .contentType("application/problem+json")
                .body("approverTier", equalTo("specialist"))
                .body("limit", equalTo(50))
                .body("currency", equalTo("EUR"));
        given().get("/cases/" + caseId).then().body("status", equalTo("ASSIGNED"));
        given().auth().oauth2(TestTokens.of("fl-ana", Roles.AGENT)).contentType(ContentType.JSON)
                .body("{\"remedy\": {\"type\": \"refund\"}}")
                .post("/cases/" + caseId + "/resolve").then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.of("fl-ana", Roles.AGENT)).contentType(ContentType.JSON)
                .body("{\"remedy\": {\"type\": \"voucher\"}}")
                .post("/cases/" + caseId + "/resolve").then().statusCode(400)
                .body("errors[0].field", equalTo("remedy.type"));
        given().auth().oauth2(TestTokens.of("fl-ana", Roles.AGENT)).contentType(ContentType.JSON)
                .body("{\"remedy\": {\"type\": \"apology\"}}")
                .post("/cases/" + caseId + "/resolve").then().statusCode(200);
        given().contentType(ContentType.JSON).body("{}").post("/cases/" + caseId + "/acknowledge").then().statusCode(409);
    }

    @Test
    void aCaseWaitsInItsTiersQueueUntilSomeoneHasRoom() {
        UUID complaintId = UUID.randomUUID();
        ConsumerRecord<String, String> queued = openCase(complaintId, "P2", "unmet_expectations", "[]");
        assertTrue(queued.value().contains("\"type\":\"case.queued\""), queued.value());
        ContractSchemas.assertValid("case-assigned", queued.value());
        try (TopicProbe assigned = EscalationTestStack.probe(CaseEvents.ASSIGNED_TOPIC)) {
            EscalationTestStack.handler("sp-una", "Una Expectations", "specialist", "[\"unmet_expectations\"]", 2);
            ConsumerRecord<String, String> handedOut = assigned.awaitRecords(complaintId.toString(), 2, WAIT).get(1);
            assertTrue(handedOut.value().contains("\"reason\":\"capacity.freed\""), handedOut.value());
            assertTrue(handedOut.value().contains("\"id\":\"sp-una\""), handedOut.value());
        }
    }

    @Test
    void aRedeliveredTriagedEventOpensOneCase() {
        UUID complaintId = UUID.randomUUID();
        String event = EscalationTestStack.triaged(UUID.randomUUID(), complaintId, "P3", "delivery", "[]");
        try (TopicPublisher publisher = EscalationTestStack.publisher();
             TopicProbe assigned = EscalationTestStack.probe(CaseEvents.ASSIGNED_TOPIC)) {
            publisher.send(CaseWorkflow.TRIAGED_TOPIC, complaintId.toString(), event);
            publisher.send(CaseWorkflow.TRIAGED_TOPIC, complaintId.toString(), event);
            UUID marker = UUID.randomUUID();
            publisher.send(CaseWorkflow.TRIAGED_TOPIC, complaintId.toString(),
                    EscalationTestStack.triaged(UUID.randomUUID(), marker, "P3", "delivery", "[]"));
            assigned.awaitRecord(marker.toString(), WAIT);
            assertEquals(1, assigned.recordsFor(complaintId.toString(), Duration.ofSeconds(2)).size());
        }
        given().queryParam("complaintId", complaintId).get("/cases").then().body("size()", equalTo(1));
    }

    @Test
    void aTimerThatCameDueWhileTheServiceWasDownFiresOnTheNextPoll() {
        UUID complaintId = UUID.randomUUID();
        openCase(complaintId, "P3", "delivery", "[]");
        UUID caseId = UUID.fromString(caseIdOf(complaintId));
        try (TopicProbe sla = EscalationTestStack.probe(CaseEvents.SLA_TOPIC)) {
            EscalationTestStack.dueTimer(caseId, SlaSchedule.Target.RESOLVE, SlaSchedule.Stage.WARNING, HandlerTier.FRONTLINE,
                    Instant.now().minus(Duration.ofHours(2)));
            ConsumerRecord<String, String> warning = sla.awaitRecord(complaintId.toString(), WAIT);
            assertTrue(warning.value().contains("\"type\":\"sla.warning\""));
            assertTrue(warning.value().contains("\"target\":\"resolve\""));
        }
    }

    @Test
    void malformedTriagedRecordsGoToTheDeadLetterTopic() {
        String key = "bad-" + UUID.randomUUID();
        try (TopicPublisher publisher = EscalationTestStack.publisher();
             TopicProbe deadLetters = EscalationTestStack.probe("complaints.triaged.v1.dlq")) {
            publisher.send(CaseWorkflow.TRIAGED_TOPIC, key, EscalationTestStack.triaged(UUID.randomUUID(), UUID.randomUUID(),
                    "P7", "delivery", "[]"));
            String reason = TopicProbe.headers(deadLetters.awaitRecord(key, WAIT)).get("dead-letter-reason");
            assertTrue(reason.contains("severity"), reason);
        }
    }

    /** A double click, or two people: the case's row lock lets one resolve through and refuses the others. */
    @Test
    void concurrentResolvesOfOneCaseHaveOneEffect() throws Exception {
        UUID complaintId = UUID.randomUUID();
        openCase(complaintId, "P3", "delivery", "[]");
        String caseId = caseIdOf(complaintId);
        try (TopicProbe resolved = EscalationTestStack.probe(CaseEvents.RESOLVED_TOPIC)) {
            List<Integer> statuses = concurrently(3, () -> given().auth().oauth2(TestTokens.of("sp-dan", Roles.AGENT)).contentType(ContentType.JSON)
                    .body("{\"remedy\": {\"type\": \"refund\", \"amount\": 40, \"currency\": \"EUR\"}}")
                    .post("/cases/" + caseId + "/resolve").statusCode());
            assertEquals(List.of(200, 409, 409), statuses);
            resolved.awaitRecord(complaintId.toString(), WAIT);
            assertEquals(1, resolved.recordsFor(complaintId.toString(), Duration.ofSeconds(2)).size());
        }
    }

    @Test
    void concurrentEscalationsFromTheSameTierMoveTheCaseUpOnce() throws Exception {
        UUID complaintId = UUID.randomUUID();
        openCase(complaintId, "P3", "delivery", "[]");
        String caseId = caseIdOf(complaintId);
        String tier = given().get("/cases/" + caseId).then().extract().path("tier");
        List<Integer> statuses = concurrently(3, () -> given().contentType(ContentType.JSON)
                .body("{\"reason\": \"Customer called again\", \"fromTier\": \"" + tier + "\"}")
                .post("/cases/" + caseId + "/escalate").statusCode());
        assertEquals(List.of(200, 409, 409), statuses);
        given().get("/cases/" + caseId).then().body("history.findAll { it.kind == 'escalated' }.size()", equalTo(1));
    }

    @Test
    void concurrentAcknowledgementsAcknowledgeOnce() throws Exception {
        UUID complaintId = UUID.randomUUID();
        openCase(complaintId, "P3", "delivery", "[]");
        String caseId = caseIdOf(complaintId);
        List<Integer> statuses = concurrently(3, () -> given().contentType(ContentType.JSON).body("{}")
                .post("/cases/" + caseId + "/acknowledge").statusCode());
        assertEquals(List.of(200, 409, 409), statuses);
        given().get("/cases/" + caseId).then().body("history.findAll { it.kind == 'acknowledged' }.size()", equalTo(1));
    }

    /** Fires the same request from several people at once; the statuses, sorted. */
    private static List<Integer> concurrently(int people, Callable<Integer> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(people);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            answers.add(pool.submit(() -> {
                start.await();
                return request.call();
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : answers) {
            statuses.add(answer.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();
        statuses.sort(null);
        return statuses;
    }

    /** Both records usually arrive in one poll: the failing one must cost only itself. */
    @Test
    void aRecordThatFailsInsideABatchIsDeadLetteredAloneAndTheRestOfTheBatchIsHandled() {
        UUID known = UUID.randomUUID();
        openCase(known, "P3", "delivery", "[]");
        String caseId = caseIdOf(known);
        given().auth().oauth2(TestTokens.of("sp-dan", Roles.AGENT)).contentType(ContentType.JSON).body("{\"remedy\": {\"type\": \"apology\"}}")
                .post("/cases/" + caseId + "/resolve").then().statusCode(200);
        UUID unknown = UUID.randomUUID();
        try (TopicPublisher publisher = EscalationTestStack.publisher();
             TopicProbe deadLetters = EscalationTestStack.probe("complaints.reopened.v1.dlq");
             TopicProbe assigned = EscalationTestStack.probe(CaseEvents.ASSIGNED_TOPIC)) {
            publisher.send(CaseWorkflow.REOPENED_TOPIC, unknown.toString(), EscalationTestStack.reopened(unknown, "Who am I"));
            publisher.send(CaseWorkflow.REOPENED_TOPIC, known.toString(), EscalationTestStack.reopened(known, "Still broken"));
            Map<String, String> headers = TopicProbe.headers(deadLetters.awaitRecord(unknown.toString(), WAIT));
            assertTrue(headers.get("dead-letter-reason").contains("no case for complaint " + unknown), headers.toString());
            assertEquals(CaseWorkflow.REOPENED_TOPIC, headers.get("dead-letter-topic"));
            ConsumerRecord<String, String> reopened = assigned.awaitRecords(known.toString(), 2, WAIT).get(1);
            assertTrue(reopened.value().contains("\"reason\":\"reopened\""), reopened.value());
        }
        given().get("/cases/" + caseId).then().body("reopenCount", equalTo(1));
    }

    @Test
    void errorsAreProblemDetails() {
        given().get("/cases/" + UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("{}").post("/cases/" + UUID.randomUUID() + "/escalate")
                .then().statusCode(400).body("errors.field", hasItem("reason"));
        given().contentType(ContentType.JSON).body("{\"name\": \"X\", \"tier\": \"boss\", \"capacity\": 1, \"onShift\": true}")
                .put("/handlers/x").then().statusCode(400);
    }

    @Test
    void theRoutingPolicyCanBeReadAndReplaced() {
        String policy = given().get("/routing-policy").then().statusCode(200)
                .body("defaultTier", equalTo("frontline")).extract().asString();
        given().contentType(ContentType.JSON).body(policy).put("/routing-policy").then().statusCode(200);
        given().contentType(ContentType.JSON).body("{\"rules\": [{\"name\": \"x\"}]}").put("/routing-policy")
                .then().statusCode(400).contentType("application/problem+json");
    }
}
