package io.complaints.escalation.remedy;

import io.complaints.escalation.routing.HandlerTier;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/** How much each tier may give without a higher tier's approval; a tier without a limit may give any amount. */
public record RemedyLimits(Map<HandlerTier, BigDecimal> limits) {

    public boolean allows(HandlerTier tier, Remedy remedy) {
        BigDecimal limit = limits.get(tier);
        return limit == null || remedy.amountOrZero().compareTo(limit) <= 0;
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
