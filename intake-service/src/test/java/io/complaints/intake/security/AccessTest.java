package io.complaints.intake.security;

import io.complaints.devstack.AccessChecks;
import io.complaints.devstack.DevStackResource;
import io.complaints.intake.IntakeTestStack;
import io.complaints.support.security.Roles;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Who may call what: 401 without a token, 403 with the wrong role, for every resource; health stays open. */
@QuarkusTest
@QuarkusTestResource(value = DevStackResource.class, initArgs = @ResourceArg(name = "database", value = IntakeTestStack.DATABASE))
class AccessTest {

    @Test
    void complaintsArePostedBySourcesAndStaffAndReadByStaffOnly() {
        AccessChecks.assertGuarded("POST", "/complaints", Roles.OPS, Roles.ADMIN);
        AccessChecks.assertGuarded("GET", "/complaints/" + UUID.randomUUID(), Roles.INTAKE, Roles.OPS, Roles.ADMIN);
    }

    @Test
    void parkedWorkIsForOpsAndOnlyAnAdminPutsItBack() {
        AccessChecks.assertGuarded("GET", "/ops/parked", Roles.INTAKE, Roles.AGENT, Roles.MANAGER);
        AccessChecks.assertGuarded("POST", "/ops/parked/outbox/" + UUID.randomUUID() + "/retry",
                Roles.INTAKE, Roles.AGENT, Roles.MANAGER, Roles.OPS);
    }

    @Test
    void aTokenNotSignedByTheTrustedKeyIsRefused() {
        given().auth().oauth2(AccessChecks.tamperedToken("web-form", Roles.INTAKE)).contentType(ContentType.JSON)
                .body("{}").post("/complaints").then().statusCode(401);
    }

    @Test
    void healthAndMetricsNeedNoToken() {
        given().auth().none().get("/q/health/ready").then().statusCode(200);
        given().auth().none().get("/q/health/live").then().statusCode(200);
        given().auth().none().get("/q/metrics").then().statusCode(200);
    }
}
