package io.complaints.devstack;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/** Access tokens from the demo realm's token endpoint (devstack/src/main/resources/keycloak). */
public final class RealmTokens {

    /** Every demo user's password. Not for anything but the embedded default. */
    public static final String DEMO_PASSWORD = "complaints-demo";
    private static final String CLI_CLIENT = "complaints-cli";
    private static final String SOURCE_CLIENT = "complaint-source";
    private static final String SOURCE_CLIENT_SECRET = "complaint-source-demo-secret";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String realmUrl;

    public RealmTokens(String realmUrl) {
        this.realmUrl = realmUrl;
    }

    /** A demo user's token (password grant) with their realm roles; the user name is their roster id. */
    public String userToken(String username) {
        return token(Map.of("grant_type", "password", "client_id", CLI_CLIENT, "username", username, "password", DEMO_PASSWORD));
    }

    /** The token of the service account that posts complaints (role intake). */
    public String sourceToken() {
        return token(Map.of("grant_type", "client_credentials", "client_id", SOURCE_CLIENT, "client_secret", SOURCE_CLIENT_SECRET));
    }

    /**
     * {@code ./stack.sh token ROLE [USER]}: prints a bearer token for ROLE (intake, agent, manager, admin, ops);
     * USER picks the agent or manager (a roster id), ana and mia otherwise.
     */
    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println("Usage: RealmTokens REALM_URL ROLE [USER]");
            System.exit(2);
        }
        RealmTokens tokens = new RealmTokens(args[0]);
        String user = args.length > 2 ? args[2] : null;
        String token = switch (args[1]) {
            case "intake" -> tokens.sourceToken();
            case "agent" -> tokens.userToken(user == null ? "ana" : user);
            case "manager" -> tokens.userToken(user == null ? "mia" : user);
            case "admin" -> tokens.userToken("admin");
            case "ops" -> tokens.userToken("ops");
            default -> {
                System.err.println("ROLE is one of intake, agent, manager, admin, ops");
                System.exit(2);
                yield null;
            }
        };
        System.out.println(token);
    }

    private String token(Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(realmUrl + "/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("The identity provider refused a token: " + response.statusCode() + " " + response.body());
            }
            return JSON.readTree(response.body()).path("access_token").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
