package io.complaints.intake.complaint;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * What makes two submissions "the same complaint": the same customer and the same text, ignoring case,
 * spacing and punctuation-only differences, so a double click or a retried webhook is not a second case.
 */
public final class ComplaintFingerprint {

    private ComplaintFingerprint() {
    }

    public static String of(String customerId, String message) {
        String text = customerId.trim() + "\n" + normalize(message);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    static String normalize(String message) {
        return message.toLowerCase(Locale.ROOT)
                .replaceAll("[\\p{Punct}\\s]+", " ")
                .trim();
    }
}
