package io.complaints.followup.followup;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FollowUpTimingTest {

    private final FollowUpTiming timing = new FollowUpTiming(Duration.ofHours(72), Map.of(
            "P1", Duration.ofHours(24), "social", Duration.ofHours(48), "P1.social", Duration.ofHours(6)));

    @Test
    void aP1IsFollowedUpAfter24Hours() {
        assertEquals(Duration.ofHours(24), timing.delayFor("P1", "email"));
    }

    @Test
    void otherSeveritiesWait72Hours() {
        assertEquals(Duration.ofHours(72), timing.delayFor("P3", "email"));
    }

    @Test
    void theMostSpecificKeyWins() {
        assertEquals(Duration.ofHours(6), timing.delayFor("P1", "social"));
        assertEquals(Duration.ofHours(48), timing.delayFor("P2", "social"));
    }

    @Test
    void dueIsResolvedAtPlusTheDelay() {
        assertEquals(Instant.parse("2026-11-23T10:00:00Z"), timing.dueAt(Instant.parse("2026-11-22T10:00:00Z"), "P1", "chat"));
    }
}
