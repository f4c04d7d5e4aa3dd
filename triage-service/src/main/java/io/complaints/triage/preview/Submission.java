package io.complaints.triage.preview;

import io.complaints.triage.complaint.Channel;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

/** The fields of a complaint submission that triage reads, with intake's limits. */
public record Submission(
        @NotNull Channel channel,
        @Valid Customer customer,
        @Size(max = 300) String subject,
        @NotBlank @Size(max = 10_000) String message,
        @Size(max = 100) String productReference,
        @Pattern(regexp = "[a-z]{2,3}(-[A-Za-z]{2})?", message = "must be a language code such as en or pt-BR") String language,
        @Size(max = 2000) String publicUrl) {

    public record Customer(
            @Pattern(regexp = "[a-z][a-z0-9_]{0,31}", message = "must be a lower-case tier name such as standard, gold or vip") String tier,
            @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal lifetimeValue) {
    }

    String tier() {
        return customer == null || customer.tier() == null ? "standard" : customer.tier();
    }

    BigDecimal lifetimeValue() {
        return customer == null ? null : customer.lifetimeValue();
    }
}
