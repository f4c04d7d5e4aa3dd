package io.complaints.devstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The services, each a separate JVM with its own database on the devstack's PostgreSQL and the devstack's
 * Kafka broker: the four of the flow and the console that reads their topics. Started in parallel, then awaited.
 */
public final class Platform implements AutoCloseable {

    /** The services of the flow: each publishes through its outbox. */
    public static final List<String> FLOW = List.of("intake", "triage", "escalation", "followup");
    public static final List<String> SERVICES = List.of("intake", "triage", "escalation", "followup", "console");

    private final Map<String, ServiceProcess> services;

    private Platform(Map<String, ServiceProcess> services) {
        this.services = services;
    }

    /**
     * @param overrides extra system properties per service name ("escalation" -> SLA targets in seconds)
     */
    public static Platform start(DevStack stack, Path projectRoot, Path logDirectory,
                                 Map<String, Map<String, String>> overrides, Duration readyTimeout) {
        Map<String, ServiceProcess> started = new LinkedHashMap<>();
        try {
            for (String service : SERVICES) {
                Map<String, String> properties = new LinkedHashMap<>();
                properties.put("kafka.bootstrap.servers", stack.kafkaBootstrapServers());
                properties.put("quarkus.datasource.jdbc.url", stack.postgres().database(service));
                properties.put("quarkus.datasource.username", stack.postgres().user());
                properties.put("quarkus.datasource.password", stack.postgres().password());
                properties.put("OIDC_AUTH_SERVER_URL", stack.keycloak().realmUrl());
                if (service.equals("console")) {
                    properties.put("quarkus.rest-client.escalation.url", started.get("escalation").url());
                }
                properties.putAll(overrides.getOrDefault(service, Map.of()));
                Path jar = projectRoot.resolve(service + "-service/target/quarkus-app/quarkus-run.jar");
                started.put(service, ServiceProcess.start(service + "-service", jar, properties,
                        logDirectory.resolve(service + "-service.log")));
            }
            for (ServiceProcess process : started.values()) {
                process.awaitReady(readyTimeout);
            }
            return new Platform(started);
        } catch (RuntimeException e) {
            started.values().forEach(ServiceProcess::close);
            throw e;
        }
    }

    public String url(String service) {
        return process(service).url();
    }

    public Map<String, ServiceProcess> services() {
        return services;
    }

    /** Stops one service; {@link #start(String)} brings it back on the same port. */
    public void stop(String service) {
        process(service).close();
    }

    /** Kills one service's JVM with SIGKILL; {@link #start(String)} brings it back on the same port. */
    public void kill(String service) {
        process(service).kill();
    }

    public void start(String service) {
        ServiceProcess process = process(service);
        process.restart();
        process.awaitReady(Duration.ofMinutes(2));
    }

    private ServiceProcess process(String service) {
        ServiceProcess process = services.get(service);
        if (process == null) {
            throw new IllegalArgumentException("No service " + service + "; one of " + SERVICES);
        }
        return process;
    }

    /** The folder holding intake-service/, devstack/, contracts/ ... found from the working directory upwards. */
    public static Path projectRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("intake-service")) && Files.isDirectory(dir.resolve("devstack"))) {
                return dir;
            }
        }
        throw new IllegalStateException("Run from inside the project");
    }

    @Override
    public void close() {
        services.values().parallelStream().forEach(ServiceProcess::close);
    }
}
