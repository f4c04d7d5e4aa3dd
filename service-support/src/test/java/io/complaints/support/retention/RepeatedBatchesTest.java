package io.complaints.support.retention;

import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RepeatedBatchesTest {

    @Test
    void fullBatchesAreFollowedByAnotherUntilOneComesBackShort() {
        ArrayDeque<Integer> sizes = new ArrayDeque<>(List.of(1000, 1000, 3, 1000));
        assertEquals(2003, RepeatedBatches.whileFull(1000, () -> false, sizes::pop));
        assertEquals(List.of(1000), List.copyOf(sizes), "no batch after the short one");
    }

    @Test
    void anEmptyFirstBatchEndsAtOnce() {
        AtomicInteger calls = new AtomicInteger();
        assertEquals(0, RepeatedBatches.whileFull(1000, () -> false, () -> {
            calls.incrementAndGet();
            return 0;
        }));
        assertEquals(1, calls.get());
    }

    @Test
    void stoppingEndsBeforeTheNextBatch() {
        AtomicInteger calls = new AtomicInteger();
        assertEquals(1000, RepeatedBatches.whileFull(1000, () -> calls.get() == 1, () -> {
            calls.incrementAndGet();
            return 1000;
        }));
        assertEquals(1, calls.get());
    }
}
