package io.complaints.escalation.security;

import io.complaints.devstack.AccessChecks;
import io.complaints.devstack.DevStackResource;
import io.complaints.escalation.EscalationTestStack;
import io.complaints.support.security.Roles;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Who may call what: 401 without a token, 403 with the wrong role, for every resource; health stays open. */
@QuarkusTest
@QuarkusTestResource(value = DevStackResource.class, initArgs = @ResourceArg(name = "database", value = EscalationTestStack.DATABASE))
class AccessTest {

    @Test
    void casesAreReadByStaffAndOpsAndWorkedByAgentsAndManagers() {
        String someCase = "/cases/" + UUID.randomUUID();
        AccessChecks.assertGuarded("GET", "/cases", Roles.INTAKE, Roles.ADMIN);
        AccessChecks.assertGuarded("GET", someCase, Roles.INTAKE, Roles.ADMIN);
        for (String command : new String[] {"/acknowledge", "/escalate", "/resolve"}) {
            AccessChecks.assertGuarded("POST", someCase + command, Roles.INTAKE, Roles.ADMIN, Roles.OPS);
        }
    }

    @Test
    void theRosterAndTheRoutingPolicyAreChangedByAdminsOnly() {
        AccessChecks.assertGuarded("GET", "/handlers", Roles.INTAKE);
        AccessChecks.assertGuarded("GET", "/handlers/sp-dan", Roles.INTAKE);
        AccessChecks.assertGuarded("PUT", "/handlers/sp-dan", Roles.INTAKE, Roles.AGENT, Roles.MANAGER, Roles.OPS);
        AccessChecks.assertGuarded("PUT", "/handlers/sp-dan/shift", Roles.INTAKE, Roles.OPS);
        AccessChecks.assertGuarded("GET", "/remedy-limits", Roles.INTAKE);
        AccessChecks.assertGuarded("GET", "/routing-policy", Roles.INTAKE);
        AccessChecks.assertGuarded("PUT", "/routing-policy", Roles.INTAKE, Roles.AGENT, Roles.MANAGER, Roles.OPS);
    }

    @Test
    void parkedWorkIsForOpsAndOnlyAnAdminPutsItBack() {
        AccessChecks.assertGuarded("GET", "/ops/parked", Roles.INTAKE, Roles.AGENT, Roles.MANAGER);
        AccessChecks.assertGuarded("POST", "/ops/parked/sla-timer/" + UUID.randomUUID() + "/retry", Roles.OPS, Roles.MANAGER);
    }

    @Test
    void healthNeedsNoToken() {
        given().auth().none().get("/q/health/ready").then().statusCode(200);
    }
}
