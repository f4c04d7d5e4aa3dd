package io.complaints.intake.complaint;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.hibernate.validator.constraints.URL;

import java.time.OffsetDateTime;

/** A complaint as a caller submits it, over REST or on complaints.inbound.v1. */
public record ComplaintSubmission(
        // stored as the idempotency key "inbound:<externalId>" in a column of 200
        @Size(max = 192) String externalId,
        @NotNull Channel channel,
        @NotNull @Valid CustomerDetails customer,
        @Size(max = 300) String subject,
        @NotBlank @Size(max = ComplaintSubmission.MAX_MESSAGE_LENGTH) String message,
        @Size(max = 100) String orderReference,
        @Size(max = 100) String productReference,
        @Pattern(regexp = "[a-z]{2,3}(-[A-Za-z]{2})?", message = "must be a language code such as en or pt-BR") String language,
        @URL @Size(max = 2000) String publicUrl,
        OffsetDateTime occurredAt) {

    public static final int MAX_MESSAGE_LENGTH = 10_000;
}
