package io.complaints.devstack.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time (user + system) the processes of the run have used so far, from Linux's /proc: the difference
 * over a phase, divided by the complaints of that phase, says where the machine's time went.
 */
final class CpuTime {

    private static final double MILLIS_PER_TICK = 10; // USER_HZ is 100 on Linux

    private CpuTime() {
    }

    /** Milliseconds of CPU per named process; "postgres" adds up every PostgreSQL process. */
    static Map<String, Double> snapshot(Map<String, Long> pids) {
        Map<String, Double> millis = new LinkedHashMap<>();
        pids.forEach((name, pid) -> millis.put(name, of(pid)));
        millis.put("postgres", postgres());
        return millis;
    }

    static double of(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * MILLIS_PER_TICK;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static double postgres() {
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            return processes.filter(path -> path.getFileName().toString().matches("\\d+"))
                    .filter(path -> {
                        try {
                            return Files.readString(path.resolve("comm")).trim().equals("postgres");
                        } catch (IOException e) {
                            return false;
                        }
                    })
                    .mapToDouble(path -> of(Long.parseLong(path.getFileName().toString())))
                    .sum();
        } catch (IOException e) {
            return 0;
        }
    }
}
