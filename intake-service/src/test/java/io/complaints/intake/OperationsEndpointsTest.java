package io.complaints.intake;

import io.complaints.devstack.DevStackResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
@QuarkusTestResource(value = DevStackResource.class, initArgs = @ResourceArg(name = "database", value = IntakeTestStack.DATABASE))
class OperationsEndpointsTest {

    @Test
    void readinessIsUpAndReportsTheOutboxBacklog() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.find { it.name == 'outbox' }.data.pending", notNullValue())
                .body("checks.find { it.name == 'outbox' }.data.parked", notNullValue());
    }

    @Test
    void prometheusMetricsIncludeTheOutbox() {
        given().get("/q/metrics").then().statusCode(200).body(containsString("outbox_events_pending"))
                .body(containsString("outbox_oldest_pending_age_seconds"));
    }

    @Test
    void openApiDescribesTheComplaintsEndpoint() {
        given().get("/q/openapi").then().statusCode(200).body(containsString("/complaints"));
    }
}
