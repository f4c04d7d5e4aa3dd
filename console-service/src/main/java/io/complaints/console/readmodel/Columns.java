package io.complaints.console.readmodel;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Reads a timestamp column of a native query, whichever Java type the driver and Hibernate hand back. */
public final class Columns {

    private Columns() {
    }

    public static Instant instant(Object column) {
        if (column == null || column instanceof Instant) {
            return (Instant) column;
        }
        if (column instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((Timestamp) column).toInstant();
    }
}
