package io.complaints.devstack;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/**
 * Points a service under test at the shared devstack: its own database (init arg {@code database}) on the
 * PostgreSQL server and the Kafka broker. The servers start once per test JVM and stop when it exits. Bearer
 * tokens are verified against {@link TestTokens}' key, with the issuer checked as in production.
 */
public class DevStackResource implements QuarkusTestResourceLifecycleManager {

    private String database = "app";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        DevStack stack = DevStack.shared();
        return Map.of(
                "kafka.bootstrap.servers", stack.kafkaBootstrapServers(),
                "quarkus.datasource.jdbc.url", stack.postgres().database(database),
                "quarkus.datasource.username", stack.postgres().user(),
                "quarkus.datasource.password", stack.postgres().password(),
                "mp.jwt.verify.publickey", TestTokens.publicKey(),
                "mp.jwt.verify.issuer", TestTokens.ISSUER);
    }

    @Override
    public void stop() {
        // The servers outlive a single Quarkus application: several test classes and profiles share them.
    }
}
