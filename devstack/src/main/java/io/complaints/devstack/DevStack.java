package io.complaints.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One Kafka broker and one PostgreSQL server for everything running in this JVM, started on first use and
 * stopped when the JVM exits; a Keycloak too, started the first time something asks for it (the platform's
 * services, the demo, the e2e tests; the services' own tests verify tokens with a test key instead). Set {@code DEVSTACK_KAFKA_BOOTSTRAP_SERVERS} or {@code DEVSTACK_JDBC_URL}
 * (with {@code DEVSTACK_JDBC_USER} / {@code DEVSTACK_JDBC_PASSWORD}) to use servers that already run.
 */
public final class DevStack {

    private static DevStack shared;

    private final KafkaBroker kafka;
    private final String kafkaBootstrapServers;
    private final PostgresServer postgres;
    private KeycloakServer keycloak;

    private DevStack(KafkaBroker kafka, String kafkaBootstrapServers, PostgresServer postgres) {
        this.kafka = kafka;
        this.kafkaBootstrapServers = kafkaBootstrapServers;
        this.postgres = postgres;
    }

    public static synchronized DevStack shared() {
        if (shared == null) {
            shared = start();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "devstack-shutdown"));
        }
        return shared;
    }

    public static DevStack start() {
        String externalKafka = setting("DEVSTACK_KAFKA_BOOTSTRAP_SERVERS");
        String externalJdbc = setting("DEVSTACK_JDBC_URL");
        KafkaBroker broker = null;
        if (externalKafka == null) {
            broker = new KafkaBroker(kafkaLibs(), tempDirectory("devstack-kafka"));
            broker.start();
        }
        PostgresServer postgres = externalJdbc == null
                ? PostgresServer.embedded()
                : PostgresServer.external(externalJdbc,
                        orDefault(setting("DEVSTACK_JDBC_USER"), "postgres"),
                        orDefault(setting("DEVSTACK_JDBC_PASSWORD"), "postgres"));
        return new DevStack(broker, broker == null ? externalKafka : broker.bootstrapServers(), postgres);
    }

    public String kafkaBootstrapServers() {
        return kafkaBootstrapServers;
    }

    /** The broker devstack started itself; tests use it to take Kafka away and bring it back. */
    public KafkaBroker kafka() {
        if (kafka == null) {
            throw new IllegalStateException("Kafka is external (DEVSTACK_KAFKA_BOOTSTRAP_SERVERS); devstack cannot stop it");
        }
        return kafka;
    }

    public boolean ownsKafka() {
        return kafka != null;
    }

    public PostgresServer postgres() {
        return postgres;
    }

    /** The identity provider, started on first use (dev mode, in-memory, the demo realm imported). */
    public synchronized KeycloakServer keycloak() {
        if (keycloak == null) {
            keycloak = new KeycloakServer(KeycloakServer.distribution(), tempDirectory("devstack-keycloak"));
            keycloak.start();
        }
        return keycloak;
    }

    public synchronized void close() {
        if (keycloak != null) {
            keycloak.close();
        }
        if (kafka != null) {
            kafka.close();
        }
        postgres.close();
    }

    static Path kafkaLibs() {
        return Processes.builtFolder("devstack.kafka.libs", "devstack/kafka-runtime/target/kafka-libs");
    }

    static String setting(String name) {
        String value = System.getProperty(name, System.getenv(name));
        return value == null || value.isBlank() ? null : value;
    }

    private static String orDefault(String value, String fallback) {
        return value == null ? fallback : value;
    }

    private static Path tempDirectory(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
