package io.complaints.triage.complaint;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** The complaints.received.v1 payload as triage reads it (contracts/schemas/complaint-received.schema.json). */
public record ComplaintReceived(
        @NotNull UUID eventId,
        @NotNull @Pattern(regexp = ComplaintReceived.TYPE, message = "must be " + ComplaintReceived.TYPE) String type,
        @NotNull UUID complaintId,
        @NotNull Instant occurredAt,
        @NotNull Channel channel,
        @NotNull @Valid Customer customer,
        String subject,
        @NotBlank @Size(max = 10_000) String message,
        String orderReference,
        String productReference,
        String language,
        String publicUrl,
        Instant submittedAt,
        String source,
        String externalId) {

    public static final String TYPE = "complaint.received";

    public record Customer(@NotBlank String id, String name, String email, @NotBlank String tier, BigDecimal lifetimeValue) {
    }
}
