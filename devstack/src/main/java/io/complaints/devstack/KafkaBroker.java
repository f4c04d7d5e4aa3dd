package io.complaints.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * A single-node Apache Kafka broker in KRaft mode, run as a separate JVM from the jars that the
 * {@code devstack/kafka-runtime} module copies out of Maven Central. Its ports and data survive
 * {@link #stop()} so a test can take Kafka away and bring the same broker back.
 */
public final class KafkaBroker implements AutoCloseable {

    private static final String STARTED_MARKER = "Kafka Server started";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private final Path libs;
    private final Path home;
    private final int port;
    private final int controllerPort;
    private Process process;
    private boolean formatted;

    public KafkaBroker(Path libs, Path home) {
        this.libs = libs;
        this.home = home;
        this.port = freePort();
        this.controllerPort = freePort();
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public Path logFile() {
        return home.resolve("kafka.log");
    }

    /** The broker JVM's process id, or -1 when it is not running. */
    public synchronized long pid() {
        return isRunning() ? process.pid() : -1;
    }

    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    public synchronized void start() {
        if (isRunning()) {
            return;
        }
        try {
            Files.createDirectories(home);
            Path config = writeServerProperties();
            if (!formatted) {
                format(config);
                formatted = true;
            }
            Files.deleteIfExists(logFile());
            process = java("kafka.Kafka", config.toString())
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile().toFile()))
                    .start();
            awaitStarted();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start Kafka in " + home, e);
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

    private Path writeServerProperties() throws IOException {
        String properties = String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
                "log.dirs=" + home.resolve("data"),
                "num.partitions=3",
                "auto.create.topics.enable=true",
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=5",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "");
        Path config = home.resolve("server.properties");
        Files.writeString(config, properties, StandardCharsets.UTF_8);
        return config;
    }

    private void format(Path config) throws IOException {
        Path formatLog = home.resolve("format.log");
        Process formatting = java("kafka.tools.StorageTool", "format", "--cluster-id=" + randomClusterId(), "-c", config.toString())
                .redirectOutput(formatLog.toFile())
                .start();
        try {
            if (!formatting.waitFor(60, TimeUnit.SECONDS) || formatting.exitValue() != 0) {
                throw new IllegalStateException("Formatting Kafka storage failed:\n" + Files.readString(formatLog));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while formatting Kafka storage", e);
        }
    }

    private void awaitStarted() throws IOException {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (Files.exists(logFile()) && Files.readString(logFile()).contains(STARTED_MARKER)) {
                return;
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("Kafka exited with " + process.exitValue() + ":\n" + tail(logFile()));
            }
            Processes.sleep(Duration.ofMillis(200));
        }
        stop();
        throw new IllegalStateException("Kafka did not start within " + START_TIMEOUT + ":\n" + tail(logFile()));
    }

    private ProcessBuilder java(String mainClass, String... args) {
        if (!Files.isDirectory(libs)) {
            throw new IllegalStateException("Kafka jars not found in " + libs
                    + "; build them with ./mvnw -pl devstack/kafka-runtime generate-resources");
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms128m", "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Djava.awt.headless=true",
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=info",
                "-Dorg.slf4j.simpleLogger.showDateTime=true",
                "-cp", libs.toAbsolutePath() + "/*",
                mainClass));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true);
    }

    /**
     * A cluster id as Kafka's own Uuid.randomUuid makes one: never starting with '-', which the storage
     * tool's argument parser would read as an option (once in 64 random ids).
     */
    static String randomClusterId() {
        String id;
        do {
            UUID uuid = UUID.randomUUID();
            byte[] bytes = new byte[16];
            for (int i = 0; i < 8; i++) {
                bytes[i] = (byte) (uuid.getMostSignificantBits() >>> (56 - 8 * i));
                bytes[8 + i] = (byte) (uuid.getLeastSignificantBits() >>> (56 - 8 * i));
            }
            id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        } while (id.startsWith("-"));
        return id;
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String tail(Path file) throws IOException {
        if (!Files.exists(file)) {
            return "(no log)";
        }
        List<String> lines = Files.readAllLines(file);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }
}
