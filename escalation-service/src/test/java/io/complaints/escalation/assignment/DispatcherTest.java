package io.complaints.escalation.assignment;

import io.complaints.devstack.DevStackResource;
import io.complaints.devstack.TestTokens;
import io.complaints.devstack.TopicProbe;
import io.complaints.escalation.EscalationTestStack;
import io.complaints.escalation.cases.CaseEvents;
import io.complaints.escalation.cases.CaseStatus;
import io.complaints.escalation.cases.EscalationCase;
import io.complaints.escalation.routing.HandlerTier;
import io.complaints.escalation.sla.SlaSchedule;
import io.complaints.support.security.Roles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Slots and queues against the real database. Each test gets a category of its own, so only its own
 * specialist and its own cases meet, whatever the other tests left behind.
 */
@QuarkusTest
@QuarkusTestResource(value = DevStackResource.class, initArgs = @ResourceArg(name = "database", value = EscalationTestStack.DATABASE))
class DispatcherTest {

    @BeforeAll
    static void signIn() {
        TestTokens.signInAs("sm-sam", Roles.MANAGER, Roles.ADMIN);
    }

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    Dispatcher dispatcher;

    private String category;
    private String specialist;

    @BeforeEach
    void ownCategoryAndSpecialist() {
        EscalationTestStack.roster();
        category = "test_" + new Random().ints(12, 'a', 'z' + 1) // skills are lower-case letters
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
        specialist = "sp-" + category;
    }

    /**
     * Eight transactions on eight threads are eight replicas as far as PostgreSQL can tell: each reads the
     * roster, sees room, and claims; only the claims that find a slot on the committed row win.
     */
    @Test
    void replicasContendingForTheLastSlotsNeverOverfillAPerson() throws Exception {
        EscalationTestStack.handler(specialist, "Last Slots", "specialist", "[\"" + category + "\"]", 3);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService replicas = Executors.newFixedThreadPool(8);
        List<Future<?>> opened = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            opened.add(replicas.submit(() -> {
                start.await();
                QuarkusTransaction.requiringNew().run(() -> {
                    EscalationCase escalationCase = newCase("P3");
                    escalationCase.persist();
                    dispatcher.assignOrQueue(escalationCase, "initial");
                });
                return null;
            }));
        }
        start.countDown();
        for (Future<?> future : opened) {
            future.get(60, TimeUnit.SECONDS);
        }
        replicas.shutdown();

        assertEquals(3, countOfCategory(CaseStatus.ASSIGNED));
        assertEquals(5, countOfCategory(CaseStatus.QUEUED));
        given().get("/handlers/" + specialist).then().statusCode(200).body("openCases", equalTo(3));
    }

    @Test
    void aFreedSlotTakesExactlyTheNextQueuedCaseMostSevereFirstThenOldest() {
        EscalationTestStack.handler(specialist, "One Slot", "specialist", "[\"" + category + "\"]", 1);
        UUID held = QuarkusTransaction.requiringNew().call(() -> {
            EscalationCase escalationCase = newCase("P3");
            escalationCase.persist();
            dispatcher.assignOrQueue(escalationCase, "initial");
            return escalationCase.id;
        });
        Instant now = Instant.now();
        UUID p4Oldest = queued("P4", now.minus(Duration.ofHours(5)));
        UUID p3 = queued("P3", now.minus(Duration.ofHours(3)));
        UUID p2Newer = queued("P2", now.minus(Duration.ofHours(1)));
        UUID p2Older = queued("P2", now.minus(Duration.ofHours(2)));
        assertEquals(CaseStatus.ASSIGNED, statusOf(held));

        UUID resolving = held;
        for (UUID expectedNext : List.of(p2Older, p2Newer, p3, p4Oldest)) {
            resolve(resolving);
            given().get("/cases/" + expectedNext).then().statusCode(200)
                    .body("status", equalTo("ASSIGNED"))
                    .body("assignee", equalTo(specialist));
            assertEquals(1, countOfCategory(CaseStatus.ASSIGNED), "the one slot holds exactly one case");
            resolving = expectedNext;
        }
        resolve(resolving);
        assertEquals(0, countOfCategory(CaseStatus.ASSIGNED));
        given().get("/handlers/" + specialist).then().body("openCases", equalTo(0));
    }

    @Test
    void aPersonComingOnShiftIsHandedTheQueuedCasesOfTheirTierAndOnlyTheyOrAnAdminMayChangeTheirShift() {
        EscalationTestStack.handler(specialist, "Shift Worker", "specialist", "[\"" + category + "\"]", 2);
        given().auth().oauth2(TestTokens.of(specialist, Roles.AGENT)).contentType(ContentType.JSON)
                .body("{\"onShift\": false}").put("/handlers/" + specialist + "/shift").then().statusCode(200)
                .body("onShift", equalTo(false));
        UUID waiting = queued("P2", Instant.now().minus(Duration.ofMinutes(30)));

        given().auth().oauth2(TestTokens.of("sp-dan", Roles.AGENT)).contentType(ContentType.JSON)
                .body("{\"onShift\": true}").put("/handlers/" + specialist + "/shift").then().statusCode(403)
                .body("type", org.hamcrest.Matchers.containsString("not-yourself"));
        given().auth().oauth2(TestTokens.of(specialist, Roles.AGENT)).contentType(ContentType.JSON)
                .body("{}").put("/handlers/" + specialist + "/shift").then().statusCode(400);
        given().get("/cases/" + waiting).then().body("status", equalTo("QUEUED"));

        given().auth().oauth2(TestTokens.of(specialist, Roles.AGENT)).contentType(ContentType.JSON)
                .body("{\"onShift\": true}").put("/handlers/" + specialist + "/shift").then().statusCode(200)
                .body("onShift", equalTo(true))
                .body("openCases", equalTo(1));
        given().get("/cases/" + waiting).then().body("status", equalTo("ASSIGNED")).body("assignee", equalTo(specialist));
    }

    @Test
    void aBreachOfAQueuedCaseMovesThatCaseAloneOneTierUp() {
        Instant now = Instant.now();
        UUID breaching = queued("P3", now.minus(Duration.ofHours(2)));
        UUID waiting = queued("P2", now.minus(Duration.ofHours(1)));
        UUID complaintId = QuarkusTransaction.requiringNew().call(() -> EscalationCase.<EscalationCase>findById(breaching).complaintId);
        try (TopicProbe assigned = EscalationTestStack.probe(CaseEvents.ASSIGNED_TOPIC)) {
            EscalationTestStack.dueTimer(breaching, SlaSchedule.Target.ACKNOWLEDGE, SlaSchedule.Stage.BREACH,
                    HandlerTier.SPECIALIST, now.minus(Duration.ofMinutes(1)));
            ConsumerRecord<String, String> moved = assigned.awaitRecord(complaintId.toString(), WAIT);
            assertTrue(moved.value().contains("\"reason\":\"sla.breached\""), moved.value());
            assertTrue(moved.value().contains("\"tier\":\"manager\""), moved.value());
        }
        given().get("/cases/" + breaching).then().body("tier", equalTo("manager")).body("status", equalTo("ASSIGNED"));
        given().get("/cases/" + waiting).then().body("tier", equalTo("specialist")).body("status", equalTo("QUEUED"));
    }

    private void resolve(UUID caseId) {
        given().auth().oauth2(TestTokens.of(specialist, Roles.AGENT)).contentType(ContentType.JSON)
                .body("{\"remedy\": {\"type\": \"apology\"}}")
                .post("/cases/" + caseId + "/resolve").then().statusCode(200);
    }

    private UUID queued(String severity, Instant queuedAt) {
        return QuarkusTransaction.requiringNew().call(() -> {
            EscalationCase escalationCase = newCase(severity);
            escalationCase.queuedAt = queuedAt;
            escalationCase.persist();
            return escalationCase.id;
        });
    }

    private EscalationCase newCase(String severity) {
        EscalationCase escalationCase = new EscalationCase();
        escalationCase.id = UUID.randomUUID();
        escalationCase.complaintId = UUID.randomUUID();
        escalationCase.status = CaseStatus.QUEUED;
        escalationCase.tier = HandlerTier.SPECIALIST;
        escalationCase.severity = severity;
        escalationCase.category = category;
        escalationCase.language = "en";
        escalationCase.channel = "email";
        escalationCase.flags = "";
        escalationCase.tasks = "";
        escalationCase.customerId = "cust-" + category;
        escalationCase.customerTier = "standard";
        escalationCase.routingRule = "test";
        escalationCase.openedAt = Instant.now();
        escalationCase.acknowledgeBy = escalationCase.openedAt.plus(Duration.ofHours(4));
        escalationCase.resolveBy = escalationCase.openedAt.plus(Duration.ofHours(72));
        return escalationCase;
    }

    private long countOfCategory(CaseStatus status) {
        return QuarkusTransaction.requiringNew().call(() -> EscalationCase.count("category = ?1 and status = ?2", category, status));
    }

    private static CaseStatus statusOf(UUID caseId) {
        return QuarkusTransaction.requiringNew().call(() -> EscalationCase.<EscalationCase>findById(caseId).status);
    }
}
