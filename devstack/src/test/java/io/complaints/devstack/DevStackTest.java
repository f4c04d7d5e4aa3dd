package io.complaints.devstack;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DevStackTest {

    private static DevStack stack;

    @BeforeAll
    static void startStack() {
        stack = DevStack.start();
    }

    @AfterAll
    static void stopStack() {
        stack.close();
    }

    @Test
    void aRecordSentToTheBrokerIsReadBackAfterTheBrokerRestarts() throws Exception {
        send("devstack.smoke", "k1", "{\"n\":1}");
        stack.kafka().stop();
        stack.kafka().start();
        send("devstack.smoke", "k1", "{\"n\":2}");

        try (TopicProbe probe = TopicProbe.on(stack.kafkaBootstrapServers(), "devstack.smoke")) {
            var records = probe.awaitRecords("k1", 2, Duration.ofSeconds(30));
            assertEquals("{\"n\":1}", records.get(0).value());
            assertEquals("{\"n\":2}", records.get(1).value());
        }
    }

    @Test
    void postgresRestartsOnItsPortWithItsData() throws Exception {
        String url = stack.postgres().database("restart_check");
        try (Connection connection = DriverManager.getConnection(url, stack.postgres().user(), stack.postgres().password())) {
            connection.createStatement().execute("CREATE TABLE kept (n INT); INSERT INTO kept VALUES (42)");
        }
        stack.postgres().restart();
        try (Connection connection = DriverManager.getConnection(url, stack.postgres().user(), stack.postgres().password());
             ResultSet row = connection.createStatement().executeQuery("SELECT n FROM kept")) {
            assertTrue(row.next());
            assertEquals(42, row.getInt(1));
        }
    }

    @Test
    void eachServiceGetsItsOwnDatabase() throws Exception {
        String url = stack.postgres().database("smoke_service");
        assertEquals(url, stack.postgres().database("smoke_service"), "creating twice is harmless");
        try (Connection connection = DriverManager.getConnection(url, stack.postgres().user(), stack.postgres().password());
             ResultSet row = connection.createStatement().executeQuery("SELECT current_database()")) {
            assertTrue(row.next());
            assertEquals("smoke_service", row.getString(1));
        }
    }

    @Test
    void jdbcUrlKeepsItsParametersWhenTheDatabaseChanges() {
        assertEquals("jdbc:postgresql://h:5/intake?ssl=true",
                PostgresServer.withDatabase("jdbc:postgresql://h:5/postgres?ssl=true", "intake"));
    }

    private void send(String topic, String key, String value) {
        try (TopicPublisher publisher = TopicPublisher.to(stack.kafkaBootstrapServers())) {
            publisher.send(topic, key, value);
        }
    }
}
