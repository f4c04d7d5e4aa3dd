package io.complaints.support.retry;

import jakarta.persistence.PersistenceException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TransientFailuresTest {

    @Test
    void aDatabaseThatIsAwayOrBusyIsWorthWaitingFor() {
        assertTrue(TransientFailures.isTransient(wrapped(new SQLException("connection refused", "08001"))));
        assertTrue(TransientFailures.isTransient(wrapped(new SQLException("deadlock detected", "40P01"))));
        assertTrue(TransientFailures.isTransient(wrapped(new SQLException("could not serialize", "40001"))));
        assertTrue(TransientFailures.isTransient(wrapped(new SQLException("terminating connection due to administrator command", "57P01"))));
        assertTrue(TransientFailures.isTransient(wrapped(new SQLException("canceling statement due to lock timeout", "55P03"))));
        assertTrue(TransientFailures.isTransient(wrapped(new SQLTransientConnectionException("pool exhausted"))));
        assertTrue(TransientFailures.isTransient(wrapped(new SQLException("Acquisition timeout while waiting for new connection"))));
    }

    @Test
    void aBrokerThatIsSlowIsWorthWaitingForButARecordTooLargeIsNot() {
        assertTrue(TransientFailures.isTransient(new TimeoutException("Expiring 3 record(s)")));
        assertFalse(TransientFailures.isTransient(new RecordTooLargeException("2 MB")));
    }

    @Test
    void whatWouldFailTheSameWayAgainIsNot() {
        assertFalse(TransientFailures.isTransient(wrapped(new SQLException("value too long for type character varying(200)", "22001"))));
        assertFalse(TransientFailures.isTransient(wrapped(new SQLException("duplicate key value", "23505"))));
        assertFalse(TransientFailures.isTransient(new IllegalStateException("Unknown complaint")));
        assertFalse(TransientFailures.isTransient(wrapped(new SQLException("no state"))));
    }

    private static RuntimeException wrapped(SQLException cause) {
        return new IllegalStateException("handler failed", new PersistenceException("could not execute statement", cause));
    }
}
