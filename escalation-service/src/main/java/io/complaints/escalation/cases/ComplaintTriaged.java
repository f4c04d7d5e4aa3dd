package io.complaints.escalation.cases;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What escalation reads of complaints.triaged.v1 (contracts/schemas/complaint-triaged.schema.json). */
public record ComplaintTriaged(
        @NotNull UUID eventId,
        @NotNull @Pattern(regexp = "complaint\\.triaged", message = "must be complaint.triaged") String type,
        @NotNull UUID complaintId,
        @NotNull Instant occurredAt,
        @NotBlank String channel,
        @NotNull @Valid Customer customer,
        String subject,
        String language,
        @NotBlank String category,
        @NotNull @Pattern(regexp = "P[1-4]", message = "must be P1, P2, P3 or P4") String severity,
        @NotNull List<String> flags) {

    public record Customer(@NotBlank String id, String name, String email, @NotBlank String tier, BigDecimal lifetimeValue) {
    }
}
