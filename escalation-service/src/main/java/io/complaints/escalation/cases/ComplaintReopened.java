package io.complaints.escalation.cases;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.time.Instant;
import java.util.UUID;

/** What escalation reads of complaints.reopened.v1 (contracts/schemas/complaint-reopened.schema.json). */
public record ComplaintReopened(
        @NotNull UUID eventId,
        @NotNull @Pattern(regexp = "complaint\\.reopened", message = "must be complaint.reopened") String type,
        @NotNull UUID complaintId,
        @NotNull Instant occurredAt,
        UUID followUpId,
        UUID caseId,
        @NotBlank String reason,
        String comment) {
}
