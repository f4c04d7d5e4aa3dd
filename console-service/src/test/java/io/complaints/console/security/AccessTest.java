package io.complaints.console.security;

import io.complaints.console.ConsoleTestStack;
import io.complaints.devstack.AccessChecks;
import io.complaints.devstack.DevStackResource;
import io.complaints.devstack.TestTokens;
import io.complaints.devstack.TopicPublisher;
import io.complaints.support.security.Roles;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** Who may see and do what; the page and its sign-in settings are open, everything behind them is not. */
@QuarkusTest
@QuarkusTestResource(value = DevStackResource.class, initArgs = @ResourceArg(name = "database", value = ConsoleTestStack.DATABASE))
class AccessTest {

    @Test
    void queuesAndCasesAreForStaffAndOpsAndCommandsForAgentsAndManagers() {
        String someCase = "/api/cases/" + UUID.randomUUID();
        AccessChecks.assertGuarded("GET", "/api/queue", Roles.INTAKE, Roles.ADMIN);
        AccessChecks.assertGuarded("GET", someCase, Roles.INTAKE, Roles.ADMIN);
        AccessChecks.assertGuarded("GET", "/api/my-cases", Roles.INTAKE, Roles.ADMIN, Roles.OPS);
        AccessChecks.assertGuarded("GET", "/api/changes", Roles.INTAKE, Roles.ADMIN);
        for (String command : new String[] {"/acknowledge", "/escalate", "/resolve"}) {
            AccessChecks.assertGuarded("POST", someCase + command, Roles.INTAKE, Roles.ADMIN, Roles.OPS);
        }
        AccessChecks.assertGuarded("PUT", "/api/me/shift", Roles.INTAKE, Roles.ADMIN, Roles.OPS);
        AccessChecks.assertGuarded("GET", "/api/me", Roles.INTAKE);
    }

    @Test
    void theDashboardIsForManagersOpsAndAdmins() {
        AccessChecks.assertGuarded("GET", "/api/dashboard", Roles.INTAKE, Roles.AGENT);
    }

    @Test
    void thePageItsLibrariesAndWhereToSignInNeedNoToken() {
        given().auth().none().get("/").then().statusCode(200).body(containsString("console.js"));
        given().auth().none().get("/webjars/keycloak-js/25.0.4/dist/keycloak.min.js").then().statusCode(200);
        given().auth().none().get("/webjars/chart.js/4.5.1/dist/chart.umd.min.js").then().statusCode(200);
        given().auth().none().get("/api/settings").then().statusCode(200).body("clientId", equalTo("complaints-console"));
        given().auth().none().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void aCommandOnAnUnknownComplaintIs404AndOnOneWithoutACaseYet409() {
        String agent = TestTokens.of("sp-dan", Roles.AGENT);
        given().auth().oauth2(agent).contentType(ContentType.JSON).body("{}")
                .post("/api/cases/" + UUID.randomUUID() + "/acknowledge").then().statusCode(404)
                .contentType("application/problem+json");

        UUID complaintId = UUID.randomUUID();
        try (TopicPublisher publisher = ConsoleTestStack.publisher()) {
            publisher.send("complaints.received.v1", complaintId.toString(),
                    ConsoleTestStack.received(UUID.randomUUID(), complaintId, Instant.now(), "Ida", "Never arrived"));
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(agent).get("/api/cases/" + complaintId)
                .then().statusCode(200));
        given().auth().oauth2(agent).contentType(ContentType.JSON).body("{}")
                .post("/api/cases/" + complaintId + "/acknowledge").then().statusCode(409)
                .body("type", containsString("no-case-yet"));
    }
}
