package io.complaints.intake.complaint;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class ComplaintFingerprintTest {

    @Test
    void caseSpacingAndPunctuationDoNotMakeANewComplaint() {
        assertEquals(ComplaintFingerprint.of("c1", "My order never arrived!!"),
                ComplaintFingerprint.of("c1", "  my ORDER   never arrived. "));
    }

    @Test
    void anotherCustomerWithTheSameTextIsAnotherComplaint() {
        assertNotEquals(ComplaintFingerprint.of("c1", "My order never arrived"),
                ComplaintFingerprint.of("c2", "My order never arrived"));
    }

    @Test
    void differentWordsAreADifferentComplaint() {
        assertNotEquals(ComplaintFingerprint.of("c1", "My order never arrived"),
                ComplaintFingerprint.of("c1", "My refund never arrived"));
    }

    @Test
    void fingerprintIsAHexSha256() {
        assertEquals(64, ComplaintFingerprint.of("c1", "x").length());
    }

    @Test
    void normalizingKeepsLettersFromEveryScript() {
        assertEquals("não chegou", ComplaintFingerprint.normalize("NÃO chegou!"));
    }
}
