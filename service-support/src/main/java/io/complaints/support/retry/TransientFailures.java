package io.complaints.support.retry;

import org.apache.kafka.common.errors.RetriableException;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Set;

/**
 * Tells a failure that may go away by itself (the database failing over, a deadlock, a lock or statement
 * timeout, a pool with no free connection, the broker briefly away) from one that will fail the same way
 * again (a domain rule, a bug, a value the column cannot hold). Only the first kind is worth waiting for.
 */
public final class TransientFailures {

    // SQLSTATE classes: 08 connection exception, 40 transaction rollback (serialization failure, deadlock),
    // 53 insufficient resources, 57P0x the server shutting down or starting.
    private static final Set<String> TRANSIENT_CLASSES = Set.of("08", "40", "53");
    // 55P03 lock not available, 57014 statement cancelled (a timeout).
    private static final Set<String> TRANSIENT_STATES = Set.of("55P03", "57014", "57P01", "57P02", "57P03");

    private TransientFailures() {
    }

    public static boolean isTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLTransientException || cause instanceof SQLRecoverableException
                    || cause instanceof RetriableException
                    || cause instanceof jakarta.persistence.LockTimeoutException
                    || cause instanceof jakarta.persistence.PessimisticLockException
                    || cause instanceof jakarta.persistence.QueryTimeoutException) {
                return true;
            }
            if (cause instanceof SQLException sql && isTransient(sql)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTransient(SQLException sql) {
        String state = sql.getSQLState();
        if (state == null) {
            // Agroal's pool gives no SQLSTATE when no connection frees up in time.
            return sql.getMessage() != null && sql.getMessage().startsWith("Acquisition timeout");
        }
        return TRANSIENT_STATES.contains(state) || (state.length() >= 2 && TRANSIENT_CLASSES.contains(state.substring(0, 2)));
    }
}
