package io.complaints.followup.security;

import io.complaints.devstack.AccessChecks;
import io.complaints.devstack.DevStackResource;
import io.complaints.followup.FollowUpTestStack;
import io.complaints.support.security.Roles;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Who may call what: 401 without a token, 403 with the wrong role; a customer needs only the survey token. */
@QuarkusTest
@QuarkusTestResource(value = DevStackResource.class, initArgs = @ResourceArg(name = "database", value = FollowUpTestStack.DATABASE))
class AccessTest {

    @Test
    void followUpsAreReadByStaffAndSatisfactionByManagersAndOps() {
        AccessChecks.assertGuarded("GET", "/followups/" + UUID.randomUUID(), Roles.INTAKE, Roles.OPS, Roles.ADMIN);
        AccessChecks.assertGuarded("GET", "/satisfaction", Roles.INTAKE, Roles.AGENT);
        AccessChecks.assertGuarded("GET", "/ops/parked", Roles.INTAKE, Roles.AGENT, Roles.MANAGER);
        AccessChecks.assertGuarded("POST", "/ops/parked/follow-up/" + UUID.randomUUID() + "/retry", Roles.OPS, Roles.MANAGER);
    }

    @Test
    void aCustomerAnswersWithTheSurveyTokenAlone() {
        given().auth().none().contentType(ContentType.JSON).body("{\"csat\": 5}")
                .post("/followups/no-such-token/response").then().statusCode(404);
    }
}
