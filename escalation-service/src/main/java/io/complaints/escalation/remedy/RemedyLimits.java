package io.complaints.escalation.remedy;

import io.complaints.escalation.routing.HandlerTier;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * How much each tier may give without a higher tier's approval, per currency (50 EUR is not 50 JPY). A tier
 * without limits may give any amount; a tier with limits gives money only in the currencies it has one for.
 */
public record RemedyLimits(Map<HandlerTier, Map<String, BigDecimal>> limits) {

    public boolean allows(HandlerTier tier, Remedy remedy) {
        Map<String, BigDecimal> perCurrency = limits.get(tier);
        if (perCurrency == null || remedy.amountOrZero().signum() == 0) {
            return true;
        }
        BigDecimal limit = perCurrency.get(remedy.currency());
        return limit != null && remedy.amountOrZero().compareTo(limit) <= 0;
    }

    /** The tier's limit in the remedy's currency; empty when the tier has no limit at all. */
    public Optional<BigDecimal> limitOf(HandlerTier tier, Remedy remedy) {
        Map<String, BigDecimal> perCurrency = limits.get(tier);
        return perCurrency == null ? Optional.empty() : Optional.of(perCurrency.getOrDefault(remedy.currency(), BigDecimal.ZERO));
    }

    /** The lowest tier that may approve this remedy. */
    public Optional<HandlerTier> approverFor(Remedy remedy) {
        for (HandlerTier tier : HandlerTier.values()) {
            if (allows(tier, remedy)) {
                return Optional.of(tier);
            }
        }
        return Optional.empty();
    }
}
