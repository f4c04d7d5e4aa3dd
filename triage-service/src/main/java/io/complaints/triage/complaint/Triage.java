package io.complaints.triage.complaint;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** The stored triage of one complaint. */
@Entity
@Table(name = "triage")
public class Triage extends PanacheEntityBase {

    @Id
    @Column(name = "complaint_id")
    public UUID complaintId;
    @Column(name = "event_id")
    public UUID eventId;
    @Column(name = "customer_id")
    public String customerId;
    @Column(name = "customer_tier")
    public String customerTier;
    public String channel;
    public String language;
    @Column(name = "sentiment_score")
    public double sentimentScore;
    @Column(name = "sentiment_label")
    public String sentimentLabel;
    public double anger;
    public String emotion;
    public double urgency;
    public String category;
    @Column(name = "product_reference")
    public String productReference;
    public String severity;
    @Column(name = "severity_points")
    public double severityPoints;
    @Column(name = "complaint_confidence")
    public double complaintConfidence;
    /** Comma-separated flag codes. */
    public String flags;
    /** The explanation cues as a JSON array. */
    public String explanation;
    @Column(name = "received_at")
    public Instant receivedAt;
    @Column(name = "triaged_at")
    public Instant triagedAt;

    /**
     * Complaints with this product reference or category received in (from, to], counted only up to
     * {@code limit}: a trend rule asks whether a threshold is reached, and a busy hour must not make every
     * complaint count thousands of rows.
     */
    public static long countUpTo(String field, String value, Instant from, Instant to, int limit) {
        String column = switch (field) {
            case "category" -> "category";
            case "productReference" -> "product_reference";
            default -> throw new IllegalArgumentException("not a trend dimension: " + field);
        };
        getEntityManager().flush(); // triages stored earlier in this transaction count too
        return ((Number) getEntityManager().createNativeQuery("SELECT count(*) FROM (SELECT 1 FROM triage WHERE " + column
                        + " = :value AND received_at > :from AND received_at <= :to LIMIT :limit) AS recent")
                .setParameter("value", value)
                .setParameter("from", from)
                .setParameter("to", to)
                .setParameter("limit", limit)
                .getSingleResult()).longValue();
    }

    /** The customer's triaged complaints received in [from, to]. */
    public static long countForCustomerBetween(String customerId, Instant from, Instant to) {
        return count("customerId = ?1 and receivedAt >= ?2 and receivedAt <= ?3", customerId, from, to);
    }
}
