package io.complaints.intake.complaint;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

@Entity
@Table(name = "complaint")
public class Complaint extends PanacheEntityBase {

    @Id
    public UUID id;
    @Enumerated(EnumType.STRING)
    public Channel channel;
    @Column(name = "customer_id")
    public String customerId;
    @Column(name = "customer_name")
    public String customerName;
    @Column(name = "customer_email")
    public String customerEmail;
    @Column(name = "customer_tier")
    public String customerTier;
    @Column(name = "customer_lifetime_value")
    public BigDecimal customerLifetimeValue;
    public String subject;
    public String message;
    @Column(name = "order_reference")
    public String orderReference;
    @Column(name = "product_reference")
    public String productReference;
    public String language;
    @Column(name = "public_url")
    public String publicUrl;
    @Column(name = "submitted_at")
    public Instant submittedAt;
    @Column(name = "received_at")
    public Instant receivedAt;
    @Enumerated(EnumType.STRING)
    public ComplaintStatus status;
    @Column(name = "status_changed_at")
    public Instant statusChangedAt;
    @Enumerated(EnumType.STRING)
    public Source source;
    @Column(name = "external_id")
    public String externalId;
    @Column(name = "idempotency_key")
    public String idempotencyKey;
    public String fingerprint;

    public static Optional<Complaint> findByIdempotencyKey(String key) {
        return find("idempotencyKey", key).firstResultOptional();
    }

    public static Optional<Complaint> findRecentDuplicate(String customerId, String fingerprint, Instant since) {
        return find("customerId = ?1 and fingerprint = ?2 and receivedAt >= ?3 order by receivedAt",
                customerId, fingerprint, since).firstResultOptional();
    }
}
