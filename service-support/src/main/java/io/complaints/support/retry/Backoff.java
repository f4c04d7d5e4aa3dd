package io.complaints.support.retry;

import java.time.Duration;

/** Waits that double after each failure, from {@code first} up to {@code max}. */
public record Backoff(Duration first, Duration max) {

    public Backoff {
        if (first.isNegative() || first.isZero() || max.compareTo(first) < 0) {
            throw new IllegalArgumentException("Back-off needs 0 < first <= max, got " + first + " and " + max);
        }
    }

    /** How long to wait after the given number of failures in a row (1 for the first). */
    public Duration after(int failures) {
        Duration wait = first;
        for (int i = 1; i < failures && wait.compareTo(max) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(max) > 0 ? max : wait;
    }

    /** Sleeps for a wait {@link #after(int)} gave; an interrupt ends it with an exception, the flag kept. */
    public static void sleep(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted between attempts", e);
        }
    }
}
