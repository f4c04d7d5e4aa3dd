package io.complaints.devstack;


import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.stream.Stream;

/**
 * Keycloak from its own distribution (devstack/keycloak-runtime, from Maven Central) as a separate JVM in dev
 * mode with an in-memory database, the realm of devstack/src/main/resources/keycloak imported at start: the
 * identity provider of the embedded default. Each server runs from its own copy of the distribution, since
 * dev mode rewrites files in it.
 */
public final class KeycloakServer implements AutoCloseable {

    public static final String REALM = "complaints";
    /** Every demo user's password; printed by the stack. Not for anything but the embedded default. */
    public static final String DEMO_PASSWORD = RealmTokens.DEMO_PASSWORD;
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private final Path distribution;
    private final Path home;
    private final int port;
    private Process process;

    public KeycloakServer(Path distribution, Path home) {
        this.distribution = distribution;
        this.home = home;
        this.port = KafkaBroker.freePort();
    }

    /** The distribution devstack/keycloak-runtime unpacked: the setting devstack.keycloak.home, or found upwards. */
    public static Path distribution() {
        Path distribution = Processes.builtFolder("devstack.keycloak.home", "devstack/keycloak-runtime/target/keycloak");
        if (!Files.isDirectory(distribution)) {
            throw new IllegalStateException("Keycloak not unpacked; run ./mvnw -B install -DskipTests first");
        }
        return distribution;
    }

    /** The realm URL: the issuer services check tokens against (OIDC_AUTH_SERVER_URL). */
    public String realmUrl() {
        return "http://127.0.0.1:" + port + "/realms/" + REALM;
    }

    public Path logFile() {
        return home.resolve("keycloak.log");
    }

    public synchronized void start() {
        if (process != null && process.isAlive()) {
            return;
        }
        try {
            copy(distribution, home);
            Path imports = Files.createDirectories(home.resolve("data/import"));
            try (InputStream realm = KeycloakServer.class.getResourceAsStream("/keycloak/complaints-realm.json")) {
                Files.copy(realm, imports.resolve("complaints-realm.json"), StandardCopyOption.REPLACE_EXISTING);
            }
            ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/kc.sh").toString(), "start-dev",
                    "--http-port=" + port, "--http-management-port=" + KafkaBroker.freePort(), "--hostname-strict=false",
                    "--db=dev-mem", "--import-realm", "--cache=local")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile().toFile()));
            builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
            builder.environment().put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
            process = builder.start();
            Processes.awaitHttpOk(process, "Keycloak", URI.create(realmUrl() + "/.well-known/openid-configuration"),
                    START_TIMEOUT, logFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start Keycloak in " + home, e);
        }
    }

    /** An access token for a demo user (password grant), with the user's realm roles. */
    public String userToken(String username) {
        return new RealmTokens(realmUrl()).userToken(username);
    }

    /** An access token of the complaint-source service account (role intake). */
    public String sourceToken() {
        return new RealmTokens(realmUrl()).sourceToken();
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else if (!Files.exists(target)) {
                    Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    public synchronized void stop() {
        if (process != null) {
            Processes.stop(process, STOP_TIMEOUT);
            process = null;
        }
    }

    @Override
    public void close() {
        stop();
        Files2.deleteRecursively(home);
    }
}
