package io.complaints.triage.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A company's own word put in quotation marks to dispute it: a status ("shows "delivered"", "the ice cream machine is
 * "broken" again"), an excuse ("froze my account for "suspicious activity"") or a name for what was sold ("a "new"
 * laptop", ""customer service""). Complaint language no lexicon can list on its own, as the same words unquoted are
 * plain news ("delivered, thanks!"). Only such words count: a quotation in general is a title or speech ("Wow. "True
 * Blood" was good tonight").
 */
final class QuotedClaims {

    static final double WEIGHT = -0.3;

    /** At most three words between straight or typographic quotation marks, not inside a word ("don't"). */
    private static final Pattern QUOTATION = Pattern.compile("(?<![\\p{L}\\d])[\"\u201C'\u2018]\\s?"
            + "([\\p{L}][\\p{L}'\u2019]*(?:\\s[\\p{L}'\u2019]+){0,2})\\s?[\"\u201D'\u2019](?![\\p{L}\\d])");
    /** A status, an excuse or a name for what was sold, as a company gives them. */
    private static final Set<String> CLAIMS = Set.of("delivered", "out for delivery", "in transit",
            "attempted delivery", "we missed you", "handed to resident", "safe place", "dispatched", "shipped",
            "on its way", "preparing", "processing", "pending", "in progress", "under review", "resolved", "fixed",
            "closed", "completed", "refunded", "escalated", "broken", "out of order", "new", "brand new", "like new",
            "refurbished", "unlimited", "guaranteed", "next day", "next day delivery", "express", "priority", "premium",
            "support", "customer service", "customer support", "help", "helpline", "service", "technical issue",
            "technical issues", "technical difficulties", "system error", "maintenance", "upgrade", "network upgrade",
            "security", "security reasons", "suspicious activity", "policy", "company policy", "wear and tear",
            "physical damage", "user damage", "accidental damage", "misuse", "price lock", "price guarantee", "free",
            "on time", "high demand", "operational reasons");
    /** A quotation asked about is a word explained, not disputed: "what does "pending" mean?" */
    private static final Set<String> MEANING = Set.of("mean", "means", "meaning");

    private QuotedClaims() {
    }

    /**
     * The first of a company's words quoted to dispute it, as complaint language; none in a text that asks what one
     * means.
     */
    static List<Cue> disputed(Text text, boolean onlyAsks) {
        if (onlyAsks && text.words().stream().anyMatch(MEANING::contains)) {
            return List.of();
        }
        return claims(text).stream().findFirst()
                .map(quoted -> List.of(new Cue(quoted(quoted), TriageAnalyzer.COMPLAINT_LANGUAGE_RULE, WEIGHT)))
                .orElse(List.of());
    }

    /** Whether the complaint language holds {@code word} quoted to dispute it: "the dealer "fixed" it" tells no fix. */
    static boolean disputes(List<Cue> complaintLanguage, String word) {
        String quoted = quoted(word);
        return complaintLanguage.stream().anyMatch(cue -> cue.cue().equals(quoted));
    }

    private static String quoted(String claim) {
        return "\"" + claim + "\"";
    }

    /**
     * The praise cues but those said in a company's word quoted to dispute it: "the dealer "fixed" it" praises no fix
     * ("fixed it").
     */
    static List<Cue> withoutDisputedPraise(Text text, List<Cue> praise) {
        if (praise.isEmpty()) {
            return praise;
        }
        List<String> claims = claims(text);
        return claims.isEmpty() ? praise : praise.stream()
                .filter(cue -> claims.stream().noneMatch(claim -> (" " + cue.cue() + " ").contains(" " + claim + " ")))
                .toList();
    }

    private static List<String> claims(Text text) {
        List<String> claims = new ArrayList<>();
        Matcher quotation = QUOTATION.matcher(text.plain());
        while (quotation.find()) {
            String quoted = quotation.group(1).toLowerCase(Locale.ROOT).strip();
            if (CLAIMS.contains(quoted)) {
                claims.add(quoted);
            }
        }
        return claims;
    }
}
