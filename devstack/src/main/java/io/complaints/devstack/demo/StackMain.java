package io.complaints.devstack.demo;

import io.complaints.devstack.DevStack;
import io.complaints.devstack.KeycloakServer;
import io.complaints.devstack.Platform;
import io.complaints.devstack.bench.Bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * {@code ./stack.sh demo|up|production|bench}: Kafka and PostgreSQL from devstack, the four services as
 * separate processes, then (demo) a replay of realistic complaints through the whole loop, or (bench) the
 * benchmark. demo and up run the short demo clocks, production and bench the services' own. Keeps running
 * until Ctrl-C or {@code ./stack.sh down}, except bench, which stops everything when it is done.
 */
public final class StackMain {

    /** Short clocks so the whole loop, SLA breach and reopen included, fits in about a minute. */
    static final Map<String, Map<String, String>> DEMO_SETTINGS = Map.of(
            "escalation", Map.of(
                    "escalation.sla.targets.P3.acknowledge", "PT20S",
                    "escalation.sla.targets.P4.acknowledge", "PT20S"),
            "followup", Map.of(
                    "followup.default-delay", "PT5S",
                    "followup.delays.P1", "PT5S",
                    "followup.reminders.interval", "PT2M"));

    private StackMain() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args.length == 0 ? "demo" : args[0];
        boolean demo = mode.equals("demo");
        boolean bench = mode.equals("bench");
        boolean productionClocks = bench || mode.equals("production");
        Path root = Platform.projectRoot();
        Path state = root.resolve(".stack");
        Path logs = state.resolve("logs");
        Files.createDirectories(logs);
        Files.deleteIfExists(state.resolve("ready"));
        Files.writeString(state.resolve("stack.pid"), Long.toString(ProcessHandle.current().pid()));

        say("Starting Kafka (KRaft, its own JVM) and PostgreSQL ...");
        DevStack stack = DevStack.start();
        say("  Kafka " + stack.kafkaBootstrapServers());
        say("Starting Keycloak (the identity provider, its own JVM; dev mode, the demo realm) ...");
        KeycloakServer keycloak = stack.keycloak();
        say("  " + keycloak.realmUrl());
        say("Starting intake, triage, escalation, follow-up and console services (logs in .stack/logs) ...");
        say(productionClocks ? "  (production clocks: the services' own SLA targets and follow-up delays)" : "  (demo clocks: SLA targets and follow-ups in seconds)");
        Platform platform = Platform.start(stack, root, logs, productionClocks ? Map.of() : DEMO_SETTINGS, Duration.ofMinutes(3));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            say("Stopping services, Keycloak, Kafka and PostgreSQL ...");
            platform.close();
            stack.close();
            try {
                Files.deleteIfExists(state.resolve("stack.pid"));
                Files.deleteIfExists(state.resolve("ready"));
            } catch (IOException e) {
                // nothing left to clean
            }
            stopped.countDown();
        }));
        writeUrls(state, stack, platform);
        for (String service : Platform.SERVICES) {
            say(String.format("  %-10s %s  (OpenAPI %s/q/openapi)", service, platform.url(service), platform.url(service)));
        }
        say("Demo users (password " + KeycloakServer.DEMO_PASSWORD + "): agents ana, ben, dan, bea, sol; managers mia, max, sam;"
                + " admin; ops. Tokens: ./stack.sh token ROLE [USER]");
        new Roster(platform.url("escalation"), keycloak.userToken("admin")).seed();
        Files.writeString(state.resolve("ready"), "ready");
        if (demo) {
            new Demo(platform, stack.kafkaBootstrapServers(), keycloak).run();
        }
        if (bench) {
            new Bench(stack, platform, Bench.defaultSettings()).run(state);
            System.exit(0); // the shutdown hook stops the services, Kafka and PostgreSQL
        }
        say("");
        say("Running. Try:  curl -s " + platform.url("intake") + "/complaints -H \"Authorization: Bearer $(./stack.sh token intake)\""
                + " -H 'Content-Type: application/json' -d "
                + "'{\"channel\":\"email\",\"customer\":{\"id\":\"me\",\"tier\":\"vip\"},\"message\":\"My order never arrived and I want a refund NOW!\"}'");
        say("Console: " + platform.url("console") + "  (sign in as mia, dan or ops, password " + KeycloakServer.DEMO_PASSWORD + ")");
        say("URLs are in .stack/urls.env. Stop with Ctrl-C or ./stack.sh down.");
        stopped.await();
    }

    private static void writeUrls(Path state, DevStack stack, Platform platform) throws IOException {
        StringBuilder env = new StringBuilder("KAFKA_BOOTSTRAP_SERVERS=" + stack.kafkaBootstrapServers() + "\n");
        env.append("OIDC_URL=").append(stack.keycloak().realmUrl()).append('\n');
        for (String service : List.copyOf(Platform.SERVICES)) {
            env.append(service.toUpperCase()).append("_URL=").append(platform.url(service)).append('\n');
        }
        Files.writeString(state.resolve("urls.env"), env.toString());
    }

    static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
