package io.complaints.support.retry;

/** A failure as one line for a dead-letter header, a parked row or a log: its root cause, class and message. */
public final class FailureReason {

    private FailureReason() {
    }

    public static String of(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
