package io.complaints.escalation.remedy;

import io.complaints.escalation.routing.HandlerTier;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RemedyLimitsTest {

    private final RemedyLimits limits = new RemedyLimits(Map.of(
            HandlerTier.FRONTLINE, Map.of("EUR", new BigDecimal("50"), "JPY", new BigDecimal("8000")),
            HandlerTier.SPECIALIST, Map.of("EUR", new BigDecimal("250"))));

    private static Remedy refund(String amount) {
        return new Remedy(RemedyType.REFUND, new BigDecimal(amount), "EUR");
    }

    @Test
    void eachTierMayGiveUpToItsLimit() {
        assertTrue(limits.allows(HandlerTier.FRONTLINE, refund("50")));
        assertFalse(limits.allows(HandlerTier.FRONTLINE, refund("50.01")));
        assertTrue(limits.allows(HandlerTier.SPECIALIST, refund("250")));
    }

    @Test
    void limitsArePerCurrency() {
        assertTrue(limits.allows(HandlerTier.FRONTLINE, new Remedy(RemedyType.REFUND, new BigDecimal("7000"), "JPY")));
        assertFalse(limits.allows(HandlerTier.FRONTLINE, new Remedy(RemedyType.REFUND, new BigDecimal("60"), "EUR")));
        assertFalse(limits.allows(HandlerTier.SPECIALIST, new Remedy(RemedyType.REFUND, new BigDecimal("1"), "USD")),
                "no limit in USD: not on their own");
        assertEquals(Optional.of(HandlerTier.MANAGER), limits.approverFor(new Remedy(RemedyType.REFUND, new BigDecimal("1"), "USD")));
        assertEquals(Optional.of(new BigDecimal("8000")), limits.limitOf(HandlerTier.FRONTLINE, new Remedy(RemedyType.REFUND, BigDecimal.ONE, "JPY")));
        assertEquals(Optional.empty(), limits.limitOf(HandlerTier.MANAGER, refund("1")));
    }

    @Test
    void aManagerHasNoLimit() {
        assertTrue(limits.allows(HandlerTier.MANAGER, refund("100000")));
    }

    @Test
    void theApproverIsTheLowestTierThatMayGiveIt() {
        assertEquals(Optional.of(HandlerTier.FRONTLINE), limits.approverFor(refund("20")));
        assertEquals(Optional.of(HandlerTier.SPECIALIST), limits.approverFor(refund("120")));
        assertEquals(Optional.of(HandlerTier.MANAGER), limits.approverFor(refund("900")));
    }

    @Test
    void anApologyCostsNothing() {
        assertTrue(limits.allows(HandlerTier.FRONTLINE, new Remedy(RemedyType.APOLOGY, null, null)));
    }

    @Test
    void moneyRemediesNeedAnAmount() {
        assertTrue(RemedyType.REFUND.needsAmount());
        assertTrue(RemedyType.CREDIT.needsAmount());
        assertFalse(RemedyType.REPLACEMENT.needsAmount());
        assertEquals(RemedyType.COMPLIMENTARY_SERVICE, RemedyType.fromCode("complimentary_service"));
    }
}
