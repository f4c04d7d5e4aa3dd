package io.complaints.support.inbox;

/** A record that can never be processed; its message becomes the dead-letter reason. */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(String reason) {
        super(reason);
    }
}
