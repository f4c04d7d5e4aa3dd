package io.complaints.e2e;

import io.complaints.devstack.DevStack;
import io.complaints.devstack.Platform;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 2,000 complaints posted while triage, escalation and intake are killed with SIGKILL and the broker and
 * PostgreSQL are restarted, the way a bad day on a cluster goes. Afterwards every accepted complaint was
 * triaged once and has exactly one case, every outbox is drained, nothing is parked and no record went to a
 * dead-letter topic. The posting client does what any client should: it retries with the same
 * Idempotency-Key until the complaint is accepted.
 */
class FaultsTest {

    private static final int COMPLAINTS = 2_000;
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private static Platform platform;
    private static String sourceToken;
    private final Set<String> accepted = ConcurrentHashMap.newKeySet();
    private final AtomicInteger serverErrors = new AtomicInteger();
    private final List<String> serverErrorBodies = new ArrayList<>();

    @BeforeAll
    static void startThePlatform() {
        Assumptions.assumeTrue(DevStack.shared().ownsKafka() && DevStack.shared().postgres().isEmbedded(),
                "needs the broker and PostgreSQL devstack starts itself, to restart them");
        Path root = Platform.projectRoot();
        platform = Platform.start(DevStack.shared(), root, root.resolve("e2e-tests/target/service-logs/faults"), Map.of(),
                Duration.ofMinutes(3));
        sourceToken = DevStack.shared().keycloak().sourceToken();
        for (String tier : List.of("frontline", "specialist", "manager", "senior_management")) {
            put(platform.url("escalation") + "/handlers/faults-" + tier, """
                    {"name": "Faults %s", "tier": "%s", "skills": [], "languages": ["en"], "capacity": 50, "onShift": true}"""
                    .formatted(tier, tier));
        }
    }

    @AfterAll
    static void stopThePlatform() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void everyAcceptedComplaintIsTriagedOnceAndGetsOneCaseThroughKillsAndRestarts() throws Exception {
        DevStack stack = DevStack.shared();
        String run = UUID.randomUUID().toString().substring(0, 8);
        ExecutorService clients = Executors.newFixedThreadPool(8);
        List<Future<?>> posts = new ArrayList<>();
        for (int i = 0; i < COMPLAINTS; i++) {
            int n = i;
            posts.add(clients.submit(() -> accepted.add(postUntilAccepted(run, n))));
        }
        clients.shutdown();

        awaitAccepted(250);
        platform.kill("triage");
        platform.start("triage");
        awaitAccepted(600);
        platform.kill("escalation");
        platform.start("escalation");
        awaitAccepted(900);
        platform.kill("intake");
        platform.start("intake");
        awaitAccepted(1_200);
        stack.kafka().stop();
        Thread.sleep(3_000);
        for (String service : Platform.SERVICES) {
            assertEquals(200, status(platform.url(service) + "/q/health/live"), service + " live while the broker is away");
            assertEquals(200, status(platform.url(service) + "/q/health/ready"), service + " ready while the broker is away");
        }
        stack.kafka().start();
        awaitAccepted(1_500);
        stack.postgres().restart();

        assertTrue(clients.awaitTermination(5, TimeUnit.MINUTES), "all complaints accepted within 5 minutes");
        for (Future<?> post : posts) {
            post.get();
        }
        assertEquals(COMPLAINTS, accepted.size());
        assertEquals(0, serverErrors.get(), "answers other than 2xx, 4xx and 503: " + serverErrorBodies);

        Map<String, Integer> cases = awaitEveryComplaint("escalation", "SELECT complaint_id::text, count(*) FROM escalation_case "
                + "WHERE complaint_id::text = ANY (?) GROUP BY complaint_id", Duration.ofMinutes(3));
        assertTrue(cases.values().stream().allMatch(count -> count == 1), "one case per complaint");
        Map<String, Integer> triaged = countPer("triage", "SELECT complaint_id::text, count(*) FROM triage "
                + "WHERE complaint_id::text = ANY (?) GROUP BY complaint_id");
        assertEquals(COMPLAINTS, triaged.size(), "every accepted complaint triaged");
        assertTrue(triaged.values().stream().allMatch(count -> count == 1), "triaged once");

        for (String service : Platform.FLOW) {
            awaitZero(service, "SELECT count(*) FROM outbox_event WHERE published_at IS NULL", Duration.ofMinutes(1));
        }
        assertEquals(Map.of(), deadLetters(stack.kafkaBootstrapServers()), "no record was dead-lettered");
    }

    private String postUntilAccepted(String run, int n) {
        String body = """
                {"channel": "email", "customer": {"id": "faults-%s-%d", "tier": "standard"},
                 "message": "Order %d never arrived and nobody answers my emails, I want a refund"}""".formatted(run, n, n);
        HttpRequest request = HttpRequest.newBuilder(URI.create(platform.url("intake") + "/complaints"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + sourceToken)
                .header("Idempotency-Key", "faults-" + run + "-" + n)
                .timeout(Duration.ofSeconds(15))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 201 || response.statusCode() == 200) {
                    Matcher id = ID.matcher(response.body());
                    assertTrue(id.find(), response.body());
                    return id.group(1);
                }
                if (response.statusCode() >= 400 && response.statusCode() < 500) {
                    throw new AssertionError("complaint " + n + " refused: " + response.statusCode() + " " + response.body());
                }
                if (response.statusCode() != 503) {
                    serverErrors.incrementAndGet();
                    synchronized (serverErrorBodies) {
                        serverErrorBodies.add(response.statusCode() + " " + response.body());
                    }
                }
            } catch (IOException e) {
                // intake is down or restarting: retry with the same key
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(Duration.ofMillis(200));
        }
        throw new AssertionError("complaint " + n + " not accepted within 4 minutes");
    }

    private void awaitAccepted(int count) {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (accepted.size() < count) {
            assertTrue(Instant.now().isBefore(deadline), "only " + accepted.size() + " of " + count + " accepted in time");
            sleep(Duration.ofMillis(100));
        }
    }

    private Map<String, Integer> awaitEveryComplaint(String service, String sql, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        Map<String, Integer> counts = countPer(service, sql);
        while (counts.size() < COMPLAINTS && Instant.now().isBefore(deadline)) {
            sleep(Duration.ofSeconds(1));
            counts = countPer(service, sql);
        }
        assertEquals(COMPLAINTS, counts.size(), "complaints with a case");
        return counts;
    }

    private Map<String, Integer> countPer(String service, String sql) {
        Map<String, Integer> counts = new HashMap<>();
        try (Connection connection = connect(service); PreparedStatement query = connection.prepareStatement(sql)) {
            query.setArray(1, connection.createArrayOf("text", accepted.toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    counts.put(rows.getString(1), rows.getInt(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return counts;
    }

    private static void awaitZero(String service, String sql, Duration timeout) throws SQLException {
        Instant deadline = Instant.now().plus(timeout);
        long count;
        do {
            try (Connection connection = connect(service); ResultSet row = connection.createStatement().executeQuery(sql)) {
                row.next();
                count = row.getLong(1);
            }
            if (count > 0) {
                sleep(Duration.ofMillis(500));
            }
        } while (count > 0 && Instant.now().isBefore(deadline));
        assertEquals(0, count, service + ": " + sql);
    }

    private static Connection connect(String service) throws SQLException {
        DevStack stack = DevStack.shared();
        return DriverManager.getConnection(stack.postgres().database(service), stack.postgres().user(), stack.postgres().password());
    }

    /** Records on every *.dlq topic, by topic. */
    private static Map<String, Long> deadLetters(String bootstrapServers) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            List<String> topics = admin.listTopics().names().get().stream().filter(name -> name.endsWith(".dlq")).toList();
            Map<String, Long> letters = new HashMap<>();
            for (var description : admin.describeTopics(topics).allTopicNames().get().values()) {
                Map<TopicPartition, OffsetSpec> ends = new HashMap<>();
                description.partitions().forEach(p -> ends.put(new TopicPartition(description.name(), p.partition()), OffsetSpec.latest()));
                long total = admin.listOffsets(ends).all().get().values().stream().mapToLong(info -> info.offset()).sum();
                if (total > 0) {
                    letters.put(description.name(), total);
                }
            }
            return letters;
        }
    }

    private static int status(String url) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void put(String url, String json) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                    .header("Authorization", "Bearer " + DevStack.shared().keycloak().userToken("admin"))
                    .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), response.body());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
