package io.complaints.intake.complaint;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

public record CustomerDetails(
        @NotBlank @Size(max = 100) String id,
        @Size(max = 200) String name,
        @Email @Size(max = 320) String email,
        @Pattern(regexp = "[a-z][a-z0-9_]{0,31}", message = "must be a lower-case tier name such as standard, gold or vip") String tier,
        @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal lifetimeValue) {

    public static final String DEFAULT_TIER = "standard";

    public String tierOrDefault() {
        return tier == null ? DEFAULT_TIER : tier;
    }
}
