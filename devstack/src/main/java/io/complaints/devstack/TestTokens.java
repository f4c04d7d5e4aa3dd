package io.complaints.devstack;

import io.restassured.RestAssured;
import io.smallrye.jwt.build.Jwt;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Bearer tokens for the services' own tests, signed with a test key pair committed for that purpose only
 * (resources test-oidc/), shaped like Keycloak's (roles in realm_access.roles, the user in preferred_username).
 * DevStackResource hands the services the public key, so a token goes through the same verification as in
 * production (signature, issuer, expiry, roles) without an identity provider.
 * The e2e test and the demo use the real one (KeycloakServer).
 */
public final class TestTokens {

    public static final String ISSUER = "https://complaints.test/realms/complaints";

    private TestTokens() {
    }

    /** A token for {@code username} (the roster id for agents and managers) holding {@code roles}. */
    public static String of(String username, String... roles) {
        return Jwt.issuer(ISSUER)
                .subject(username)
                .preferredUserName(username)
                .claim("realm_access", Map.of("roles", List.of(roles)))
                .expiresIn(3600)
                .jws().keyId("complaints-test")
                .sign(privateKey());
    }

    /**
     * Makes every rest-assured request of the calling test carry a token of {@code username} with {@code roles}
     * (a request may still set its own with {@code .auth().oauth2(...)}, or none with {@code .auth().none()}).
     */
    public static void signInAs(String username, String... roles) {
        RestAssured.authentication = RestAssured.oauth2(of(username, roles));
    }

    /** The public key, base64 DER, as mp.jwt.verify.publickey takes it. */
    public static String publicKey() {
        return base64Body("public-key.pem");
    }

    private static PrivateKey privateKey() {
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64Body("private-key.pem"))));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The test key cannot be read", e);
        }
    }

    private static String base64Body(String pem) {
        try (InputStream in = TestTokens.class.getResourceAsStream("/test-oidc/" + pem)) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
