package io.complaints.triage.security;

import io.complaints.devstack.AccessChecks;
import io.complaints.devstack.DevStackResource;
import io.complaints.support.security.Roles;
import io.complaints.triage.TriageTestStack;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Who may call what: 401 without a token, 403 with the wrong role, for every resource; health stays open. */
@QuarkusTest
@QuarkusTestResource(value = DevStackResource.class, initArgs = @ResourceArg(name = "database", value = TriageTestStack.DATABASE))
class AccessTest {

    @Test
    void aTriageIsReadByStaffOnly() {
        AccessChecks.assertGuarded("GET", "/triage/" + UUID.randomUUID(), Roles.INTAKE, Roles.OPS, Roles.ADMIN);
    }

    @Test
    void analysisIsForStaffWhoSeeComplaints() {
        AccessChecks.assertGuarded("POST", "/triage/analyze", Roles.INTAKE, Roles.OPS);
    }

    @Test
    void parkedWorkIsForOpsAndOnlyAnAdminPutsItBack() {
        AccessChecks.assertGuarded("GET", "/ops/parked", Roles.INTAKE, Roles.AGENT, Roles.MANAGER);
        AccessChecks.assertGuarded("POST", "/ops/parked/outbox/" + UUID.randomUUID() + "/retry", Roles.OPS, Roles.MANAGER);
    }

    @Test
    void healthNeedsNoToken() {
        given().auth().none().get("/q/health/ready").then().statusCode(200);
    }
}
