package io.complaints.devstack;

import io.restassured.http.ContentType;

import static io.restassured.RestAssured.given;

/** Assertions that an endpoint refuses callers without a token (401) and with the wrong roles (403). */
public final class AccessChecks {

    private AccessChecks() {
    }

    /**
     * @param wrongRoles every role that must not be enough, given together in one token (so one allowed role
     *                   slipping in among them would fail the check)
     */
    public static void assertGuarded(String method, String path, String... wrongRoles) {
        given().auth().none().contentType(ContentType.JSON).body("{}").request(method, path)
                .then().statusCode(401);
        given().auth().oauth2(TestTokens.of("someone-else", wrongRoles)).contentType(ContentType.JSON).body("{}")
                .request(method, path).then().statusCode(403);
    }

    /** A well-formed token whose signature was not made with the key the services trust. */
    public static String tamperedToken(String username, String... roles) {
        String token = TestTokens.of(username, roles);
        int signature = token.lastIndexOf('.') + 1;
        char flipped = token.charAt(signature + 5) == 'A' ? 'B' : 'A';
        return token.substring(0, signature + 5) + flipped + token.substring(signature + 6);
    }
}
