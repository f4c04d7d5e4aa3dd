package io.complaints.triage.complaint;

/** A record that can never be triaged; its message becomes the dead-letter reason. */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(String reason) {
        super(reason);
    }
}
