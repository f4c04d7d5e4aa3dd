package io.complaints.intake.complaint;

import io.complaints.devstack.ContractSchemas;
import io.complaints.devstack.DevStackResource;
import io.complaints.devstack.TestTokens;
import io.complaints.devstack.TopicProbe;
import io.complaints.intake.IntakeTestStack;
import io.complaints.support.security.Roles;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(value = DevStackResource.class, initArgs = @ResourceArg(name = "database", value = IntakeTestStack.DATABASE))
class ComplaintResourceTest {

    @BeforeAll
    static void signIn() {
        TestTokens.signInAs("web-form", Roles.INTAKE, Roles.AGENT);
    }

    static String complaintJson(String customerId, String message) {
        return """
                {"channel": "review_site",
                 "customer": {"id": "%s", "name": "Ana Silva", "email": "ana@example.com", "tier": "vip", "lifetimeValue": 5400.00},
                 "subject": "Blender broke",
                 "message": "%s",
                 "orderReference": "ORD-1001", "productReference": "SKU-BLEND-9",
                 "language": "en", "publicUrl": "https://reviews.example.com/r/981",
                 "occurredAt": "2026-11-20T09:00:00Z"}
                """.formatted(customerId, message);
    }

    static Response post(String body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/complaints");
    }

    @Test
    void aPostedComplaintIsStoredAndPublishedWithCloudEventsHeaders() {
        String customer = "cust-" + UUID.randomUUID();
        Response created = post(complaintJson(customer, "The blender broke on day one and nobody answers my emails!"));
        created.then().statusCode(201)
                .header("Location", containsString("/complaints/"))
                .body("status", equalTo("RECEIVED"))
                .body("channel", equalTo("review_site"))
                .body("customer.tier", equalTo("vip"));
        String id = created.jsonPath().getString("id");
        assertTrue(created.header("Location").endsWith("/complaints/" + id));

        given().when().get("/complaints/" + id).then().statusCode(200)
                .body("id", equalTo(id))
                .body("message", equalTo("The blender broke on day one and nobody answers my emails!"))
                .body("submittedAt", equalTo("2026-11-20T09:00:00Z"));

        try (TopicProbe probe = IntakeTestStack.probe(ComplaintIntake.RECEIVED_TOPIC)) {
            ConsumerRecord<String, String> record = probe.awaitRecord(id, Duration.ofSeconds(30));
            ContractSchemas.assertValid("complaint-received", record.value());
            Map<String, String> headers = TopicProbe.headers(record);
            assertEquals("1.0", headers.get("ce_specversion"));
            assertEquals("io.complaints.complaint.received.v1", headers.get("ce_type"));
            assertEquals("/intake-service", headers.get("ce_source"));
            assertEquals("application/json", headers.get("content-type"));
            Instant.parse(headers.get("ce_time"));
            assertTrue(record.value().contains("\"eventId\":\"" + headers.get("ce_id") + "\""), "ce_id is the eventId");
            assertTrue(record.value().contains("\"complaintId\":\"" + id + "\""));
        }
    }

    @Test
    void theStatusFollowsWhatTheOtherServicesPublish() throws InterruptedException {
        String id = post(complaintJson("cust-" + UUID.randomUUID(), "Where is my order?")).then().statusCode(201)
                .extract().path("id");
        Instant later = Instant.now().plusSeconds(5);
        try (var publisher = IntakeTestStack.publisher()) {
            publisher.send("complaints.resolved.v1", id, "{\"eventId\": \"%s\", \"type\": \"complaint.resolved\", \"complaintId\": \"%s\", \"occurredAt\": \"%s\"}"
                    .formatted(UUID.randomUUID(), id, later));
            // An older event arriving late on another topic does not move the status back.
            publisher.send("complaints.triaged.v1", id, "{\"eventId\": \"%s\", \"type\": \"complaint.triaged\", \"complaintId\": \"%s\", \"occurredAt\": \"%s\"}"
                    .formatted(UUID.randomUUID(), id, later.minusSeconds(3)));
            publisher.send("complaints.triaged.v1", id, "not json");
        }
        for (int i = 0; i < 100 && !"RESOLVED".equals(given().get("/complaints/" + id).then().extract().path("status")); i++) {
            Thread.sleep(200);
        }
        Thread.sleep(1000);
        given().get("/complaints/" + id).then().body("status", equalTo("RESOLVED"));
    }

    @Test
    void theSameIdempotencyKeyReturnsTheOriginalComplaint() {
        String key = "key-" + UUID.randomUUID();
        String body = complaintJson("cust-" + UUID.randomUUID(), "Charged twice for one order.");
        String first = given().header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .post("/complaints").then().statusCode(201).extract().path("id");
        given().header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .post("/complaints").then().statusCode(200).body("id", equalTo(first))
                .header("Location", endsWith("/complaints/" + first));

        try (TopicProbe probe = IntakeTestStack.probe(ComplaintIntake.RECEIVED_TOPIC)) {
            probe.awaitRecord(first, Duration.ofSeconds(30));
            assertEquals(1, probe.recordsFor(first, Duration.ofSeconds(1)).size(), "one event for one complaint");
        }
    }

    @Test
    void anIdempotencyKeyReusedForAnotherComplaintIsAConflict() {
        String key = "key-" + UUID.randomUUID();
        given().header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(complaintJson("cust-" + UUID.randomUUID(), "First text")).post("/complaints").then().statusCode(201);
        given().header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(complaintJson("cust-" + UUID.randomUUID(), "Other text")).post("/complaints").then()
                .statusCode(409).contentType("application/problem+json");
    }

    @Test
    void theSameCustomerSendingTheSameTextAgainGetsTheOriginalComplaint() {
        String customer = "cust-" + UUID.randomUUID();
        String first = post(complaintJson(customer, "My parcel is two weeks late.")).then().statusCode(201).extract().path("id");
        post(complaintJson(customer, "my parcel is two weeks late")).then().statusCode(200).body("id", equalTo(first));
        post(complaintJson(customer, "My parcel is three weeks late.")).then().statusCode(201);
    }

    @Test
    void concurrentDuplicatesCreateOneComplaint() throws Exception {
        String body = complaintJson("cust-" + UUID.randomUUID(), "Double-clicked the submit button.");
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<String>> submissions = Collections.nCopies(6, () -> post(body).then().extract().path("id"));
            Set<String> ids = new HashSet<>();
            for (Future<String> result : pool.invokeAll(submissions)) {
                ids.add(result.get());
            }
            assertEquals(1, ids.size(), "all six got the same complaint");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void invalidFieldsAreEachNamedInAProblemResponse() {
        post("""
                {"channel": "web", "customer": {"id": "", "email": "not-an-email", "tier": "Gold Plus"},
                 "message": "   ", "language": "english", "publicUrl": "nope"}
                """)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("title", equalTo("Invalid request"))
                .body("errors.field", hasItems("customer.id", "customer.email", "customer.tier", "message", "language", "publicUrl"));
    }

    @Test
    void aMissingCustomerAndChannelAreNamed() {
        post("{\"message\": \"hello\"}").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("channel", "customer"));
    }

    @Test
    void aMessageOverTenThousandCharactersIsRejected() {
        post(complaintJson("c-long", "x".repeat(ComplaintSubmission.MAX_MESSAGE_LENGTH + 1)))
                .then().statusCode(400).body("errors.field", hasItem("message"));
    }

    @Test
    void anUnknownChannelIsABadRequestNamingTheChannel() {
        post(complaintJson("c-fax", "hello").replace("review_site", "fax"))
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("channel"))
                .body("errors[0].message", containsString("unknown channel 'fax'"));
    }

    @Test
    void textPostgresCannotStoreAndNumbersBeyondTheColumnAreNamedNotA500() {
        post(complaintJson("c-nul-" + UUID.randomUUID(), "My order\\u0000 never came"))
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("message"))
                .body("errors[0].message", containsString("NUL"));
        post("""
                {"channel": "web", "customer": {"id": "c-big", "lifetimeValue": 1e400}, "message": "hello"}""")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("customer.lifetimeValue"));
        post("""
                {"externalId": "%s", "channel": "web", "customer": {"id": "c-ext"}, "message": "hello"}""".formatted("e".repeat(193)))
                .then().statusCode(400).body("errors.field", hasItem("externalId"));
    }

    @Test
    void malformedJsonIsABadRequest() {
        post("{\"channel\": ").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void anOversizedBodyIsRejectedWith413() {
        post(complaintJson("c-huge", "y".repeat(100_000))).then().statusCode(413);
    }

    @Test
    void anUnknownComplaintIsANotFoundProblem() {
        given().get("/complaints/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
    }
}
