package io.complaints.devstack.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.complaints.devstack.DevStack;
import io.complaints.devstack.KafkaClients;
import io.complaints.devstack.Platform;
import io.complaints.devstack.ServiceProcess;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;

/**
 * {@code ./stack.sh bench}: the whole platform on this machine with production clocks and the demo roster,
 * under load. Prints a table and writes {@code .stack/bench.json}. Everything runs on this one machine
 * (broker, database, four services and the load), so the figures are the machine's, shared.
 */
public final class Bench {

    static final String TRIAGED = "complaints.triaged.v1";
    static final String RECEIVED = "complaints.received.v1";
    static final String ASSIGNED = "complaints.assigned.v1";
    static final String INBOUND = "complaints.inbound.v1";
    private static final int RESOLVES_PER_SIZE = 30;
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    /** How long and how hard; the defaults keep a run under five minutes on two cores. */
    record Settings(int restConcurrency, Duration restDuration, int inboundRecords, Duration pacedDuration,
                    int backlogEvents, List<Integer> backlogSizes, Duration drainTimeout) {
        static Settings defaults() {
            return new Settings(32, Duration.ofSeconds(10), 2_000, Duration.ofSeconds(15), 1_500,
                    List.of(0, 10_000, 50_000), Duration.ofSeconds(120));
        }
    }

    private final DevStack stack;
    private final Platform platform;
    private final Settings settings;
    // HTTP/1.1: the default would upgrade to HTTP/2 and squeeze every client thread through one connection.
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, Object> results = new LinkedHashMap<>();
    private final AtomicLong sequence = new AtomicLong();
    private final Map<String, String> tokens = new java.util.concurrent.ConcurrentHashMap<>();

    public Bench(DevStack stack, Platform platform, Settings settings) {
        this.stack = stack;
        this.platform = platform;
        this.settings = settings;
    }

    public static Settings defaultSettings() {
        return Settings.defaults();
    }

    public void run(Path state) throws Exception {
        results.put("date", LocalDate.now().toString());
        results.put("cores", Runtime.getRuntime().availableProcessors());
        results.put("serviceJvmOptions", ServiceProcess.jvmOptions());
        say("== Machine limits (same run) ==");
        machineLimits();
        say("== Escalation backlog: cost per opened case with cases already queued ==");
        backlog();
        say("== Intake over REST (" + settings.restConcurrency() + " connections, " + settings.restDuration().toSeconds()
                + " s) and end to end (POST -> case opened) ==");
        double sustained = restAndEndToEnd();
        say("== Intake from complaints.inbound.v1 ==");
        inbound();
        awaitQuiet();
        say("== Latency POST -> case opened at half the sustained rate ==");
        paced(Math.max(1, sustained / 2));
        say("== Triage without storing: POST /triage/analyze, batches of " + ANALYZE_BATCH + ", 2 clients, 10 s ==");
        analyze();
        memory();
        print();
        Path json = state.resolve("bench.json");
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(json.toFile(), results);
        say("Figures written to " + json);
    }

    private void machineLimits() throws Exception {
        String database = stack.postgres().database("bench");
        double inserts = MachineLimits.postgresInsertsPerSecond(database, stack.postgres().user(), stack.postgres().password(),
                8, Duration.ofSeconds(5));
        MachineLimits.dropInsertTable(database, stack.postgres().user(), stack.postgres().password());
        say(String.format("  PostgreSQL single-row INSERT transactions: %.0f/s (8 connections)", inserts));
        MachineLimits.KafkaRates kafka = MachineLimits.kafka(stack.kafkaBootstrapServers(), 100_000);
        say(String.format("  Kafka 1 KB records: produce %.0f/s, consume %.0f/s", kafka.producedPerSecond(), kafka.consumedPerSecond()));
        results.put("limits", Map.of("postgresInsertTransactionsPerSecond", round(inserts),
                "kafkaProducePerSecond", round(kafka.producedPerSecond()),
                "kafkaConsumePerSecond", round(kafka.consumedPerSecond())));
    }

    /** Lets what earlier phases left in the topics work off, so the next phase measures only itself. */
    private void awaitQuiet() throws Exception {
        try (FirstRecords openings = new FirstRecords(stack.kafkaBootstrapServers(), ASSIGNED)) {
            Progress progress = new Progress("waiting for the pipeline to go quiet, cases opened");
            long deadline = System.nanoTime() + settings.drainTimeout().toNanos();
            int last = -1;
            while (System.nanoTime() < deadline) {
                Thread.sleep(2_000);
                int now = openings.count();
                progress.show(now, 0);
                if (now == last) {
                    break;
                }
                last = now;
            }
            progress.done();
        }
    }

    /**
     * Triaged events straight onto escalation's topic, with 0, 10,000 and 50,000 cases already queued. A
     * warm-up round first, closed again afterwards, so the JIT is not measured as the empty queue's cost.
     */
    private void backlog() throws Exception {
        String escalationDb = stack.postgres().database("escalation");
        try (KafkaProducer<String, String> producer = producer();
             FirstRecords openings = new FirstRecords(stack.kafkaBootstrapServers(), ASSIGNED)) {
            List<String> keys = publishTriaged(producer, settings.backlogEvents() / 2);
            openings.awaitAll(keys, settings.drainTimeout(), new Progress("warm-up, cases opened"));
            closeQueuedCases(escalationDb);
        }
        Map<String, Object> costs = new LinkedHashMap<>();
        Double atZero = null;
        double ratio = Double.NaN;
        Double resolveAtZero = null;
        double resolveRatio = Double.NaN;
        try (KafkaProducer<String, String> producer = producer();
             FirstRecords openings = new FirstRecords(stack.kafkaBootstrapServers(), ASSIGNED)) {
            for (int queued : settings.backlogSizes()) {
                int before = queuedCases(escalationDb);
                if (queued > before) {
                    preloadQueue(escalationDb, queued - before);
                }
                int nowQueued = queuedCases(escalationDb);
                long start = System.currentTimeMillis();
                List<String> keys = publishTriaged(producer, settings.backlogEvents());
                int opened = openings.awaitAll(keys, settings.drainTimeout(), new Progress("opened with " + nowQueued + " queued"));
                long last = keys.stream().map(openings::firstAt).filter(t -> t != null).mapToLong(Long::longValue).max().orElse(start);
                double msPerCase = (last - start) / (double) Math.max(1, opened);
                if (atZero == null) {
                    atZero = msPerCase;
                }
                ratio = msPerCase / atZero;
                say(String.format("    %,d queued: %.2f ms per case (%.0f cases/s), %d of %d opened", nowQueued, msPerCase,
                        1000 / msPerCase, opened, keys.size()));
                int queuedAtResolve = queuedCases(escalationDb);
                double msPerResolve = resolveAssigned(escalationDb, RESOLVES_PER_SIZE);
                if (resolveAtZero == null) {
                    resolveAtZero = msPerResolve;
                }
                resolveRatio = msPerResolve / resolveAtZero;
                say(String.format("    %,d queued: %.2f ms per resolve (the freed slot takes the next queued case)",
                        queuedAtResolve, msPerResolve));
                costs.put(Integer.toString(queued), Map.of("queuedBefore", nowQueued, "msPerCase", round(msPerCase),
                        "casesPerSecond", round(1000 / msPerCase), "opened", opened, "sent", keys.size(),
                        "queuedAtResolve", queuedAtResolve, "msPerResolve", round(msPerResolve)));
            }
        }
        costs.put("ratioLargestToEmpty", round(ratio));
        costs.put("resolveRatioLargestToEmpty", round(resolveRatio));
        results.put("backlog", costs);
    }

    /**
     * Closed loop: N connections post as fast as intake answers; then how fast those complaints reach a case.
     * A first round of the same length warms the services up (JIT) and is not counted.
     */
    private double restAndEndToEnd() throws Exception {
        closedLoop(new Latencies(), Collections.synchronizedList(new ArrayList<>()), new AtomicLong(), "warm-up, accepted");
        awaitQuiet();
        Latencies latencies = new Latencies();
        List<String> accepted = Collections.synchronizedList(new ArrayList<>());
        AtomicLong refused = new AtomicLong();
        try (FirstRecords openings = new FirstRecords(stack.kafkaBootstrapServers(), ASSIGNED)) {
            Map<String, Double> cpuBefore = CpuTime.snapshot(processIds());
            long startMillis = System.currentTimeMillis();
            closedLoop(latencies, accepted, refused, "accepted");
            double seconds = settings.restDuration().toMillis() / 1000.0;
            double acceptedPerSecond = accepted.size() / seconds;
            say(String.format("  intake REST: %.0f accepted/s, p50 %.1f ms, p99 %.1f ms, %d refused",
                    acceptedPerSecond, latencies.percentileMillis(50), latencies.percentileMillis(99), refused.get()));
            results.put("intakeRest", Map.of("connections", settings.restConcurrency(), "acceptedPerSecond", round(acceptedPerSecond),
                    "p50Millis", round(latencies.percentileMillis(50)), "p99Millis", round(latencies.percentileMillis(99)),
                    "refused", refused.get()));

            int opened = openings.awaitAll(List.copyOf(accepted), settings.drainTimeout(), new Progress("cases opened"));
            long last = accepted.stream().map(openings::firstAt).filter(t -> t != null).mapToLong(Long::longValue).max().orElse(startMillis);
            double sustained = opened / ((last - startMillis) / 1000.0);
            Map<String, Double> cpuAfter = CpuTime.snapshot(processIds());
            Map<String, Object> cpuPerComplaint = new LinkedHashMap<>();
            cpuAfter.forEach((name, millis) -> cpuPerComplaint.put(name, round((millis - cpuBefore.get(name)) / Math.max(1, opened))));
            say("  CPU ms per complaint, POST to case opened: " + cpuPerComplaint);
            results.put("cpuMillisPerComplaint", cpuPerComplaint);
            say(String.format("  end to end: %.0f complaints/s sustained from POST to case opened (%d of %d opened)",
                    sustained, opened, accepted.size()));
            results.put("endToEnd", new LinkedHashMap<>(Map.of("sustainedPerSecond", round(sustained), "opened", opened,
                    "accepted", accepted.size())));
            return sustained;
        }
    }

    private void closedLoop(Latencies latencies, List<String> accepted, AtomicLong refused, String label) throws Exception {
        long end = System.nanoTime() + settings.restDuration().toNanos();
        ExecutorService clients = Executors.newFixedThreadPool(settings.restConcurrency());
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < settings.restConcurrency(); i++) {
            running.add(clients.submit(() -> {
                while (System.nanoTime() < end) {
                    post(latencies, accepted, refused);
                }
                return null;
            }));
        }
        Progress progress = new Progress(label);
        while (running.stream().anyMatch(f -> !f.isDone())) {
            progress.show(accepted.size(), 0);
            Thread.sleep(250);
        }
        progress.done();
        for (Future<?> client : running) {
            client.get();
        }
        clients.shutdown();
    }

    private void inbound() throws Exception {
        int records = settings.inboundRecords();
        try (KafkaProducer<String, String> producer = producer();
             FirstRecords received = new FirstRecords(stack.kafkaBootstrapServers(), RECEIVED)) {
            int before = received.count();
            long start = System.currentTimeMillis();
            for (int i = 0; i < records; i++) {
                String externalId = "bench-" + UUID.randomUUID();
                producer.send(new ProducerRecord<>(INBOUND, externalId, Complaints.submission(sequence.incrementAndGet(), externalId)));
            }
            producer.flush();
            Progress progress = new Progress("received");
            long deadline = System.nanoTime() + settings.drainTimeout().toNanos();
            while (received.count() - before < records && System.nanoTime() < deadline) {
                progress.show(received.count() - before, records);
                Thread.sleep(250);
            }
            progress.done();
            int got = received.count() - before;
            double perSecond = got / ((received.lastMillis() - start) / 1000.0);
            say(String.format("  intake inbound topic: %.0f accepted/s (%d of %d)", perSecond, got, records));
            results.put("intakeInbound", Map.of("acceptedPerSecond", round(perSecond), "received", got, "sent", records));
        }
    }

    /** Open loop: posts at a fixed rate whatever the answers, so a slow moment cannot hide its own latency. */
    @SuppressWarnings("unchecked")
    private void paced(double rate) throws Exception {
        Map<String, Long> postedAt = new java.util.concurrent.ConcurrentHashMap<>();
        Latencies unused = new Latencies();
        AtomicLong refused = new AtomicLong();
        int total = (int) (rate * settings.pacedDuration().toSeconds());
        ExecutorService clients = Executors.newFixedThreadPool(64);
        try (FirstRecords openings = new FirstRecords(stack.kafkaBootstrapServers(), ASSIGNED)) {
            long start = System.nanoTime();
            Progress progress = new Progress(String.format("posting %.0f/s", rate));
            for (int i = 0; i < total; i++) {
                long due = start + (long) (i * 1e9 / rate);
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                clients.submit(() -> {
                    long sent = System.currentTimeMillis();
                    List<String> ids = new ArrayList<>(1);
                    post(unused, ids, refused);
                    ids.forEach(id -> postedAt.put(id, sent));
                });
                progress.show(i + 1, total);
            }
            progress.done();
            clients.shutdown();
            clients.awaitTermination(1, TimeUnit.MINUTES);
            openings.awaitAll(List.copyOf(postedAt.keySet()), settings.drainTimeout(), new Progress("cases opened"));
            Latencies endToEnd = new Latencies();
            postedAt.forEach((id, sent) -> {
                Long opened = openings.firstAt(id);
                if (opened != null) {
                    endToEnd.record(Math.max(0, opened - sent) * 1000);
                }
            });
            say(String.format("  at %.0f complaints/s: POST -> case opened p50 %.0f ms, p99 %.0f ms (%d of %d)", rate,
                    endToEnd.percentileMillis(50), endToEnd.percentileMillis(99), endToEnd.count(), postedAt.size()));
            Map<String, Object> endToEndResults = (Map<String, Object>) results.get("endToEnd");
            endToEndResults.put("pacedRatePerSecond", round(rate));
            endToEndResults.put("pacedP50Millis", round(endToEnd.percentileMillis(50)));
            endToEndResults.put("pacedP99Millis", round(endToEnd.percentileMillis(99)));
        }
    }

    private Map<String, Long> processIds() {
        Map<String, Long> pids = new LinkedHashMap<>();
        platform.services().forEach((name, service) -> pids.put(name, service.pid()));
        pids.put("kafka", stack.ownsKafka() ? stack.kafka().pid() : -1);
        pids.put("bench (the load)", ProcessHandle.current().pid());
        return pids;
    }

    private static final int ANALYZE_BATCH = 100;

    /** Texts per second through POST /triage/analyze (previews and back-tests), two clients sending batches. */
    private void analyze() throws Exception {
        String batch = "[" + String.join(",", LongStream.range(0, ANALYZE_BATCH)
                .mapToObj(n -> Complaints.submission(n, null)).toList()) + "]";
        String token = stack.keycloak().userToken("mia");
        AtomicLong texts = new AtomicLong();
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        long start = System.nanoTime();
        Runnable client = () -> {
            while (System.nanoTime() < until) {
                try {
                    HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(platform.url("triage") + "/triage/analyze"))
                            .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                            .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(batch)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException("analyze answered " + response.statusCode() + ": " + response.body());
                    }
                    texts.addAndGet(ANALYZE_BATCH);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        };
        Thread second = new Thread(client, "bench-analyze");
        second.start();
        client.run();
        second.join();
        double perSecond = texts.get() / ((System.nanoTime() - start) / 1e9);
        say(String.format("  %.0f texts/s", perSecond));
        results.put("triageAnalyzeTextsPerSecond", round(perSecond));
    }

    private void memory() {
        Map<String, Object> rss = new LinkedHashMap<>();
        for (Map.Entry<String, ServiceProcess> service : platform.services().entrySet()) {
            rss.put(service.getKey(), service.getValue().residentMegabytes());
        }
        results.put("rssMegabytes", rss);
    }

    private void post(Latencies latencies, List<String> accepted, AtomicLong refused) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(platform.url("intake") + "/complaints"))
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + tokens.computeIfAbsent("complaint-source", client -> stack.keycloak().sourceToken()))
                    .timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofString(Complaints.submission(sequence.incrementAndGet(), null)))
                    .build(), HttpResponse.BodyHandlers.ofString());
            latencies.record((System.nanoTime() - start) / 1000);
            Matcher id = ID.matcher(response.body());
            if (response.statusCode() == 201 && id.find()) {
                accepted.add(id.group(1));
            } else {
                refused.incrementAndGet();
            }
        } catch (Exception e) {
            refused.incrementAndGet();
        }
    }

    private KafkaProducer<String, String> producer() {
        Properties config = KafkaClients.producer(stack.kafkaBootstrapServers());
        config.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        return new KafkaProducer<>(config);
    }

    private static List<String> publishTriaged(KafkaProducer<String, String> producer, int count) {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            UUID complaintId = UUID.randomUUID();
            keys.add(complaintId.toString());
            producer.send(new ProducerRecord<>(TRIAGED, complaintId.toString(), Complaints.triaged(complaintId)));
        }
        producer.flush();
        return keys;
    }

    /**
     * Resolves assigned cases one after another through the REST API, as their assignees would; each gives a
     * slot back, which takes the next queued case. Returns the mean milliseconds per resolve.
     */
    private double resolveAssigned(String jdbcUrl, int count) throws Exception {
        List<String[]> assigned = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(jdbcUrl, stack.postgres().user(), stack.postgres().password());
             PreparedStatement select = connection.prepareStatement(
                     "SELECT id, assignee_id FROM escalation_case WHERE status = 'ASSIGNED' ORDER BY opened_at LIMIT ?")) {
            select.setInt(1, count);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    assigned.add(new String[] {rows.getString(1), rows.getString(2)});
                }
            }
        }
        long start = System.nanoTime();
        for (String[] escalationCase : assigned) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                            URI.create(platform.url("escalation") + "/cases/" + escalationCase[0] + "/resolve"))
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + tokens.computeIfAbsent(escalationCase[1], stack.keycloak()::userToken))
                    .timeout(Duration.ofMinutes(2))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"note\": \"bench\", \"remedy\": {\"type\": \"apology\"}}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Resolve failed: " + response.statusCode() + " " + response.body());
            }
        }
        return (System.nanoTime() - start) / 1e6 / Math.max(1, assigned.size());
    }

    /** Marks what the warm-up queued as resolved, straight in the table, so the queue is empty again. */
    private void closeQueuedCases(String jdbcUrl) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, stack.postgres().user(), stack.postgres().password());
             PreparedStatement close = connection.prepareStatement("""
                     WITH closed AS (UPDATE escalation_case SET status = 'RESOLVED', resolved_at = now(), queued_at = NULL
                                     WHERE status = 'QUEUED' RETURNING id)
                     UPDATE sla_timer SET cancelled = TRUE WHERE case_id IN (SELECT id FROM closed)""")) {
            close.executeUpdate();
        }
    }

    private int queuedCases(String jdbcUrl) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, stack.postgres().user(), stack.postgres().password());
             PreparedStatement count = connection.prepareStatement("SELECT count(*) FROM escalation_case WHERE status = 'QUEUED'");
             ResultSet row = count.executeQuery()) {
            row.next();
            return row.getInt(1);
        }
    }

    /**
     * Queued cases written straight into escalation's tables, shaped as the service writes them (every tier
     * below the top, the roster's categories, P2-P4, four SLA timers each), so the queue is long without
     * an hour of replay. Only the bench does this, on the bench's own throw-away stack.
     */
    private void preloadQueue(String jdbcUrl, int cases) throws SQLException {
        say(String.format("  queueing %,d more cases ...", cases));
        try (Connection connection = DriverManager.getConnection(jdbcUrl, stack.postgres().user(), stack.postgres().password());
             PreparedStatement insert = connection.prepareStatement("""
                     WITH opened AS (
                       INSERT INTO escalation_case (id, complaint_id, status, tier, severity, category, language, channel, flags,
                           tasks, customer_id, customer_tier, routing_rule, opened_at, acknowledge_by, resolve_by, queued_at)
                       SELECT gen_random_uuid(), gen_random_uuid(), 'QUEUED',
                              (ARRAY['FRONTLINE','SPECIALIST','MANAGER'])[1 + g % 3], 'P' || (2 + g % 3),
                              (ARRAY['delivery','billing_refund','product_quality','service_behaviour','account_technical','other'])[1 + g % 6],
                              'en', 'email', '', '', 'bench-' || g, 'standard', 'bench-preload',
                              now(), now() + interval '4 hours', now() + interval '3 days', now() - g * interval '1 second'
                       FROM generate_series(1, ?) AS g
                       RETURNING id, tier, acknowledge_by, resolve_by)
                     INSERT INTO sla_timer (id, case_id, target, stage, tier, due_at)
                     SELECT gen_random_uuid(), id, t.target, t.stage, tier,
                            CASE t.target WHEN 'ACKNOWLEDGE' THEN acknowledge_by ELSE resolve_by END
                     FROM opened CROSS JOIN (VALUES ('ACKNOWLEDGE', 'WARNING'), ('ACKNOWLEDGE', 'BREACH'),
                                                    ('RESOLVE', 'WARNING'), ('RESOLVE', 'BREACH')) AS t(target, stage)""")) {
            insert.setInt(1, cases);
            insert.executeUpdate();
            connection.createStatement().execute("ANALYZE escalation_case; ANALYZE sla_timer");
        }
    }

    @SuppressWarnings("unchecked")
    private void print() {
        Map<String, Object> limits = (Map<String, Object>) results.get("limits");
        Map<String, Object> rest = (Map<String, Object>) results.get("intakeRest");
        Map<String, Object> inbound = (Map<String, Object>) results.get("intakeInbound");
        Map<String, Object> endToEnd = (Map<String, Object>) results.get("endToEnd");
        Map<String, Object> backlog = (Map<String, Object>) results.get("backlog");
        double inserts = ((Number) limits.get("postgresInsertTransactionsPerSecond")).doubleValue();
        double produce = ((Number) limits.get("kafkaProducePerSecond")).doubleValue();
        say("");
        say("== Results (" + results.get("date") + ", " + results.get("cores") + " cores, everything on this machine) ==");
        String row = "%-52s %14s  %s%n";
        System.out.printf(row, "figure", "value", "share of the machine's limit");
        System.out.printf(row, "intake REST accepted/s (" + rest.get("connections") + " connections)", rest.get("acceptedPerSecond"),
                share(rest.get("acceptedPerSecond"), inserts, "PostgreSQL inserts/s"));
        System.out.printf(row, "intake REST p50 / p99 ms", rest.get("p50Millis") + " / " + rest.get("p99Millis"), "");
        System.out.printf(row, "intake inbound topic accepted/s", inbound.get("acceptedPerSecond"),
                share(inbound.get("acceptedPerSecond"), produce, "Kafka produce/s"));
        System.out.printf(row, "end to end complaints/s (POST -> case opened)", endToEnd.get("sustainedPerSecond"),
                share(endToEnd.get("sustainedPerSecond"), inserts, "PostgreSQL inserts/s"));
        System.out.printf(row, "  p50 / p99 ms at " + endToEnd.get("pacedRatePerSecond") + "/s",
                endToEnd.get("pacedP50Millis") + " / " + endToEnd.get("pacedP99Millis"), "");
        System.out.printf(row, "triage POST /triage/analyze texts/s", results.get("triageAnalyzeTextsPerSecond"), "nothing stored");
        for (Map.Entry<String, Object> cost : backlog.entrySet()) {
            if (cost.getValue() instanceof Map<?, ?> figures) {
                System.out.printf(row, "escalation ms per opened case, " + figures.get("queuedBefore") + " queued",
                        figures.get("msPerCase"), figures.get("casesPerSecond") + " cases/s");
            }
        }
        for (Map.Entry<String, Object> cost : backlog.entrySet()) {
            if (cost.getValue() instanceof Map<?, ?> figures) {
                System.out.printf(row, "escalation ms per resolve, " + figures.get("queuedAtResolve") + " queued",
                        figures.get("msPerResolve"), "the freed slot takes the next queued case");
            }
        }
        System.out.printf(row, "backlog ratio, opened case (largest queue / empty)", backlog.get("ratioLargestToEmpty"), "");
        System.out.printf(row, "backlog ratio, resolve (largest queue / empty)", backlog.get("resolveRatioLargestToEmpty"), "");
        System.out.printf(row, "PostgreSQL single-row INSERT tx/s (8 connections)", limits.get("postgresInsertTransactionsPerSecond"), "");
        System.out.printf(row, "Kafka produce / consume records/s (1 KB)", limits.get("kafkaProducePerSecond") + " / "
                + limits.get("kafkaConsumePerSecond"), "");
        ((Map<String, Object>) results.get("cpuMillisPerComplaint")).forEach((process, millis) ->
                System.out.printf(row, "CPU ms per complaint (POST -> case opened), " + process, millis, ""));
        ((Map<String, Object>) results.get("rssMegabytes")).forEach((service, mb) ->
                System.out.printf(row, "RSS after the run, " + service + " (MB)", mb, ""));
    }

    private static String share(Object value, double limit, String of) {
        return String.format("%.2f x %s", ((Number) value).doubleValue() / limit, of);
    }

    private static double round(double value) {
        return Double.isFinite(value) ? Math.round(value * 100) / 100.0 : -1;
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
