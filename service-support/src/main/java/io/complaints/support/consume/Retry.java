package io.complaints.support.consume;

import java.time.Duration;
import java.util.function.Predicate;

/**
 * How often a record that failed alone is tried before it is dead-lettered, and which failures are worth
 * another try (a database that is briefly away) rather than final (a domain rule that will say no again).
 */
public record Retry(int attempts, Duration delay, Predicate<RuntimeException> isTransient) {

    public static final Retry NONE = new Retry(1, Duration.ZERO, e -> false);

    public boolean isTransient(RuntimeException e) {
        return isTransient.test(e);
    }

    void pause() {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted between attempts", e);
        }
    }
}
