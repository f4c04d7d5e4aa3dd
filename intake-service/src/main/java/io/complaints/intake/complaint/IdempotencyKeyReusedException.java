package io.complaints.intake.complaint;

import io.complaints.support.problem.ProblemException;

import java.util.UUID;

/** The same Idempotency-Key came with a different complaint: a client bug we must not paper over. */
public class IdempotencyKeyReusedException extends ProblemException {

    public IdempotencyKeyReusedException(String key, UUID originalComplaintId) {
        super(409, "idempotency-key-reused", "Idempotency-Key reused",
                "Idempotency-Key '" + key + "' was already used for complaint " + originalComplaintId
                        + " with a different customer or message");
    }
}
