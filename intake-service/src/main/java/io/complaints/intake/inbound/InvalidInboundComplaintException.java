package io.complaints.intake.inbound;

/** An inbound record that can never become a complaint; its message becomes the dead-letter reason. */
public class InvalidInboundComplaintException extends RuntimeException {

    public InvalidInboundComplaintException(String reason) {
        super(reason);
    }
}
