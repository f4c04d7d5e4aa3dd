package io.complaints.escalation.remedy;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.math.BigDecimal;

/** What the customer is offered; amount in the currency's units where it applies (the column holds 12.2 digits). */
public record Remedy(@NotNull RemedyType type, @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal amount,
                     @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as EUR") String currency) {

    public BigDecimal amountOrZero() {
        return amount == null ? BigDecimal.ZERO : amount;
    }
}
