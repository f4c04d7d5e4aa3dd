package io.complaints.escalation.sla;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SlaScheduleTest {

    private static final Map<String, SlaSchedule.Targets> TARGETS = Map.of(
            "P1", new SlaSchedule.Targets(Duration.ofMinutes(15), Duration.ofHours(4)),
            "P4", new SlaSchedule.Targets(Duration.ofHours(24), Duration.ofDays(7)));
    private static final BusinessHours OFFICE = new BusinessHours(ZoneId.of("Europe/Lisbon"), LocalTime.of(9, 0),
            LocalTime.of(17, 0), EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
    // Wednesday 2026-11-18, 10:00 in Lisbon (UTC+0 in November).
    private static final Instant WEDNESDAY_10 = Instant.parse("2026-11-18T10:00:00Z");

    @Test
    void aroundTheClockTheDeadlineIsStartPlusTarget() {
        SlaSchedule schedule = new SlaSchedule(TARGETS, 0.8, Optional.empty());
        assertEquals(Instant.parse("2026-11-18T14:00:00Z"), schedule.deadline("P1", SlaSchedule.Target.RESOLVE, WEDNESDAY_10));
    }

    @Test
    void eachTargetHasAWarningAt80PercentAndABreachAt100() {
        SlaSchedule schedule = new SlaSchedule(TARGETS, 0.8, Optional.empty());
        List<SlaSchedule.Deadline> deadlines = schedule.deadlines("P1", WEDNESDAY_10,
                List.of(SlaSchedule.Target.ACKNOWLEDGE, SlaSchedule.Target.RESOLVE));
        assertEquals(List.of(
                new SlaSchedule.Deadline(SlaSchedule.Target.ACKNOWLEDGE, SlaSchedule.Stage.WARNING, Instant.parse("2026-11-18T10:12:00Z")),
                new SlaSchedule.Deadline(SlaSchedule.Target.ACKNOWLEDGE, SlaSchedule.Stage.BREACH, Instant.parse("2026-11-18T10:15:00Z")),
                new SlaSchedule.Deadline(SlaSchedule.Target.RESOLVE, SlaSchedule.Stage.WARNING, Instant.parse("2026-11-18T13:12:00Z")),
                new SlaSchedule.Deadline(SlaSchedule.Target.RESOLVE, SlaSchedule.Stage.BREACH, Instant.parse("2026-11-18T14:00:00Z"))),
                deadlines);
    }

    @Test
    void inBusinessHoursTheClockStopsOvernight() {
        // 4 hours from Wednesday 15:00: two hours today, two tomorrow from 09:00.
        assertEquals(Instant.parse("2026-11-19T11:00:00Z"), OFFICE.plus(Instant.parse("2026-11-18T15:00:00Z"), Duration.ofHours(4)));
    }

    @Test
    void inBusinessHoursTheWeekendDoesNotCount() {
        // Friday 16:00 + 2 business hours = Monday 10:00.
        assertEquals(Instant.parse("2026-11-23T10:00:00Z"), OFFICE.plus(Instant.parse("2026-11-20T16:00:00Z"), Duration.ofHours(2)));
    }

    @Test
    void aComplaintArrivingAtNightStartsAtOpening() {
        assertEquals(Instant.parse("2026-11-19T09:15:00Z"), OFFICE.plus(Instant.parse("2026-11-18T22:30:00Z"), Duration.ofMinutes(15)));
    }

    @Test
    void businessHoursFollowTheZonesClock() {
        BusinessHours newYork = new BusinessHours(ZoneId.of("America/New_York"), LocalTime.of(9, 0), LocalTime.of(17, 0),
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
        // 13:00 UTC is 08:00 in New York (UTC-5): the clock starts at 09:00 local, 14:00 UTC.
        assertEquals(Instant.parse("2026-11-18T14:30:00Z"), newYork.plus(Instant.parse("2026-11-18T13:00:00Z"), Duration.ofMinutes(30)));
    }

    @Test
    void anUnknownSeverityIsAnError() {
        SlaSchedule schedule = new SlaSchedule(TARGETS, 0.8, Optional.empty());
        assertThrows(IllegalArgumentException.class, () -> schedule.deadline("P9", SlaSchedule.Target.RESOLVE, WEDNESDAY_10));
    }
}
