package io.complaints.console.cases;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SlaLightTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final Instant LATER = NOW.plus(Duration.ofHours(1));
    private static final Instant EARLIER = NOW.minus(Duration.ofMinutes(1));

    @Test
    void aClockThatRunsWithoutWarningIsGreen() {
        assertEquals(SlaLight.OK, SlaLight.of(LATER, null, null, NOW));
    }

    @Test
    void escalationsWarningTurnsItAmber() {
        assertEquals(SlaLight.WARNING, SlaLight.of(LATER, "warning", null, NOW));
    }

    @Test
    void aReportedBreachOrAPassedDeadlineTurnsItRed() {
        assertEquals(SlaLight.BREACHED, SlaLight.of(LATER, "breached", null, NOW));
        assertEquals(SlaLight.BREACHED, SlaLight.of(EARLIER, null, null, NOW));
        assertEquals(SlaLight.BREACHED, SlaLight.of(NOW, "warning", null, NOW));
    }

    @Test
    void aTargetMetInTimeIsDoneAndMetLateStaysRed() {
        assertEquals(SlaLight.DONE, SlaLight.of(LATER, "warning", NOW, NOW));
        assertEquals(SlaLight.BREACHED, SlaLight.of(EARLIER, null, NOW, NOW));
        assertEquals(SlaLight.BREACHED, SlaLight.of(LATER, "breached", NOW, NOW));
    }

    @Test
    void noDeadlineNoClock() {
        assertEquals(SlaLight.NONE, SlaLight.of(null, null, null, NOW));
        assertEquals(SlaLight.DONE, SlaLight.of(null, null, NOW, NOW));
    }
}
