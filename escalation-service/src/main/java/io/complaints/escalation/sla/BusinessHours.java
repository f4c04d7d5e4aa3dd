package io.complaints.escalation.sla;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;

/** Opening hours an SLA clock runs in: from {@code opens} to {@code closes} on the given days, in one zone. */
public record BusinessHours(ZoneId zone, LocalTime opens, LocalTime closes, Set<DayOfWeek> days) {

    /** The instant {@code duration} of business time after {@code start}. */
    public Instant plus(Instant start, Duration duration) {
        ZonedDateTime cursor = start.atZone(zone);
        Duration left = duration;
        for (int guard = 0; guard < 3_660; guard++) {
            cursor = nextOpenMoment(cursor);
            ZonedDateTime closing = cursor.with(closes);
            Duration open = Duration.between(cursor, closing);
            if (left.compareTo(open) <= 0) {
                return cursor.plus(left).toInstant();
            }
            left = left.minus(open);
            cursor = closing;
        }
        throw new IllegalStateException("No business hours within ten years: " + this);
    }

    private ZonedDateTime nextOpenMoment(ZonedDateTime from) {
        ZonedDateTime cursor = from;
        while (true) {
            boolean openDay = days.contains(cursor.getDayOfWeek());
            LocalTime time = cursor.toLocalTime();
            if (openDay && !time.isBefore(opens) && time.isBefore(closes)) {
                return cursor;
            }
            if (openDay && time.isBefore(opens)) {
                return cursor.with(opens);
            }
            cursor = cursor.toLocalDate().plusDays(1).atTime(opens).atZone(zone);
        }
    }
}
