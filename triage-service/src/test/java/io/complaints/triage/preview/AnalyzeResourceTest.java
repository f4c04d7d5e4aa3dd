package io.complaints.triage.preview;

import io.complaints.devstack.DevStackResource;
import io.complaints.devstack.TestTokens;
import io.complaints.support.security.Roles;
import io.complaints.triage.TriageTestStack;
import io.complaints.triage.complaint.Triage;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Collections;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@QuarkusTestResource(value = DevStackResource.class, initArgs = @ResourceArg(name = "database", value = TriageTestStack.DATABASE))
class AnalyzeResourceTest {

    @BeforeAll
    static void signIn() {
        TestTokens.signInAs("mia", Roles.MANAGER);
    }

    @Test
    void eachSubmissionIsTriagedInOrderAndNothingIsStored() {
        long stored = storedTriages();
        given().contentType(ContentType.JSON).body("""
                        [{"channel": "email", "customer": {"tier": "standard"},
                          "message": "The charger overheated and started to smoke next to my son's bed. This is dangerous!"},
                         {"channel": "review_site", "customer": {"tier": "vip", "lifetimeValue": 25000},
                          "subject": "Great service", "message": "Thank you, the replacement arrived quickly.",
                          "publicUrl": "https://reviews.example.com/r/1"}]""")
                .post("/triage/analyze").then().statusCode(200)
                .body("$", hasSize(2))
                .body("[0].flags", hasItem("safety"))
                .body("[0].severity", equalTo("P1"))
                .body("[0].explanation", not(hasSize(0)))
                .body("[1].flags", hasItem("public_channel"))
                .body("[1].flags", hasItem("vip"))
                .body("[1].sentimentLabel", equalTo("positive"))
                .body("[1].category", notNullValue())
                .body("[0]", not(hasKey("complaintId")));
        assertEquals(stored, storedTriages(), "nothing stored");
    }

    private static long storedTriages() {
        return QuarkusTransaction.requiringNew().call(() -> Triage.count());
    }

    @Test
    void moreThanAThousandOrAnInvalidSubmissionIsABadRequest() {
        String one = "{\"channel\": \"web\", \"message\": \"Late again\"}";
        given().contentType(ContentType.JSON).body("[" + String.join(",", Collections.nCopies(1001, one)) + "]")
                .post("/triage/analyze").then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("[{\"channel\": \"web\", \"message\": \"\"}]")
                .post("/triage/analyze").then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("[]").post("/triage/analyze").then().statusCode(200).body("$", hasSize(0));
    }
}
