package io.complaints.support.retry;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(30));

    @Test
    void waitsDoubleFromTheFirstUpToTheMost() {
        assertEquals(Duration.ofMillis(500), backoff.after(1));
        assertEquals(Duration.ofSeconds(1), backoff.after(2));
        assertEquals(Duration.ofSeconds(16), backoff.after(6));
        assertEquals(Duration.ofSeconds(30), backoff.after(7));
        assertEquals(Duration.ofSeconds(30), backoff.after(Integer.MAX_VALUE));
    }

    @Test
    void aMostBelowTheFirstIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(1)));
        assertThrows(IllegalArgumentException.class, () -> new Backoff(Duration.ZERO, Duration.ofSeconds(1)));
    }
}
