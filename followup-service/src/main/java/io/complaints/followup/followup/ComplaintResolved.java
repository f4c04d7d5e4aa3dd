package io.complaints.followup.followup;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.time.Instant;
import java.util.UUID;

/** What follow-up reads of complaints.resolved.v1 (contracts/schemas/complaint-resolved.schema.json). */
public record ComplaintResolved(
        @NotNull UUID eventId,
        @NotNull @Pattern(regexp = "complaint\\.resolved", message = "must be complaint.resolved") String type,
        @NotNull UUID complaintId,
        @NotNull Instant occurredAt,
        UUID caseId,
        @NotNull @Pattern(regexp = "P[1-4]", message = "must be P1, P2, P3 or P4") String severity,
        String category,
        @NotBlank String channel,
        @NotNull @Valid Customer customer) {

    public record Customer(@NotBlank String id, String name, String email, @NotBlank String tier) {
    }
}
