package io.complaints.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One service of the platform running from its Quarkus fast-jar as a separate JVM, for demos and end-to-end tests. */
public final class ServiceProcess implements AutoCloseable {

    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);
    /** C1 only: a service is ready in about half the time, which tests, the demo and restarts want. */
    private static final String DEFAULT_JVM_OPTIONS = "-Xmx384m -XX:+UseSerialGC -XX:TieredStopAtLevel=1";

    private final String name;
    private final int port;
    private final List<String> command;
    private final Path log;
    private Process process;

    private ServiceProcess(String name, int port, List<String> command, Path log) {
        this.name = name;
        this.port = port;
        this.command = command;
        this.log = log;
    }

    /** Starts {@code jar} with the given system properties; its output goes to {@code log}. */
    public static ServiceProcess start(String name, Path jar, Map<String, String> properties, Path log) {
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " not built; run ./mvnw -B install -DskipTests first");
        }
        int port = KafkaBroker.freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(jvmOptions().trim().split("\\s+")));
        command.add("-Dquarkus.http.port=" + port);
        properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-jar");
        command.add(jar.toAbsolutePath().toString());
        ServiceProcess service = new ServiceProcess(name, port, List.copyOf(command), log);
        service.launch();
        return service;
    }

    /** The services' JVM options: the system property devstack.service.jvm-options, or C1-only defaults. */
    public static String jvmOptions() {
        return System.getProperty("devstack.service.jvm-options", DEFAULT_JVM_OPTIONS);
    }

    public long pid() {
        return process.pid();
    }

    /** Resident memory of the service's JVM in MB (Linux /proc), or -1 where that cannot be read. */
    public long residentMegabytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or the process is gone
        }
        return -1;
    }

    /** Kills the JVM at once (SIGKILL): no shutdown hooks, no graceful stop, as a node failure would. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Starts the service again, on the same port with the same settings, after {@link #close()} or {@link #kill()}. */
    public void restart() {
        close();
        launch();
    }

    private void launch() {
        try {
            Files.createDirectories(log.toAbsolutePath().getParent());
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + name, e);
        }
    }

    public String name() {
        return name;
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public Path log() {
        return log;
    }

    /** Waits until /q/health/ready answers 200 (started, with its database reachable). */
    public void awaitReady(Duration timeout) {
        Processes.awaitHttpOk(process, name, URI.create(url() + "/q/health/ready"), timeout, log);
    }

    @Override
    public void close() {
        Processes.stop(process, STOP_TIMEOUT);
    }
}
