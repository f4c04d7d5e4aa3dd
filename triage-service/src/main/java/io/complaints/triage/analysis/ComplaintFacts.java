package io.complaints.triage.analysis;

import java.math.BigDecimal;

/**
 * What triage knows about a complaint besides its words; {@code otherComplaintsInWindow}: how many other
 * complaints of the same customer were received within the repeat window of this one, before or after it.
 */
public record ComplaintFacts(
        String subject,
        String message,
        boolean publicChannel,
        String customerTier,
        BigDecimal lifetimeValue,
        String productReference,
        String declaredLanguage,
        long otherComplaintsInWindow) {

    /** What triage reads: the subject and the message without the formulas of a letter ({@link LetterFormulas}). */
    public String text() {
        String body = LetterFormulas.body(message);
        return subject == null || subject.isBlank() ? body : subject + ". " + body;
    }
}
