package io.complaints.intake.complaint;

import java.util.UUID;

/** The same Idempotency-Key came with a different complaint: a client bug we must not paper over. */
public class IdempotencyKeyReusedException extends RuntimeException {

    public IdempotencyKeyReusedException(String key, UUID originalComplaintId) {
        super("Idempotency-Key '" + key + "' was already used for complaint " + originalComplaintId
                + " with a different customer or message");
    }
}
