package io.complaints.triage.analysis;

import java.math.BigDecimal;

/** What triage knows about a complaint besides its words. */
public record ComplaintFacts(
        String subject,
        String message,
        boolean publicChannel,
        String customerTier,
        BigDecimal lifetimeValue,
        String productReference,
        String declaredLanguage,
        long priorComplaintsInWindow) {

    public String text() {
        return subject == null || subject.isBlank() ? message : subject + ". " + message;
    }
}
