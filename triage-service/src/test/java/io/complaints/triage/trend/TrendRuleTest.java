package io.complaints.triage.trend;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrendRuleTest {

    private final TrendRule rule = new TrendRule(Duration.ofHours(1), 5);

    @Test
    void belowTheThresholdIsNoSpike() {
        assertFalse(rule.isSpike(4, false));
    }

    @Test
    void reachingTheThresholdIsASpike() {
        assertTrue(rule.isSpike(5, false));
        assertTrue(rule.isSpike(12, false));
    }

    @Test
    void aSpikeIsRaisedOncePerWindow() {
        assertFalse(rule.isSpike(9, true));
    }
}
