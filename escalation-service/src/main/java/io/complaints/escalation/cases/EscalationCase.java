package io.complaints.escalation.cases;

import io.complaints.escalation.routing.HandlerTier;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** One complaint's case: who holds it, its SLA deadlines, and how it was resolved. */
@Entity
@Table(name = "escalation_case")
public class EscalationCase extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "complaint_id")
    public UUID complaintId;
    @Enumerated(EnumType.STRING)
    public CaseStatus status;
    @Enumerated(EnumType.STRING)
    public HandlerTier tier;
    @Column(name = "assignee_id")
    public String assigneeId;
    public String severity;
    public String category;
    public String language;
    public String channel;
    public String flags;
    public String tasks;
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
    @Column(name = "routing_rule")
    public String routingRule;
    @Column(name = "opened_at")
    public Instant openedAt;
    @Column(name = "acknowledge_by")
    public Instant acknowledgeBy;
    @Column(name = "resolve_by")
    public Instant resolveBy;
    @Column(name = "acknowledged_at")
    public Instant acknowledgedAt;
    @Column(name = "resolved_at")
    public Instant resolvedAt;
    @Column(name = "resolved_by")
    public String resolvedBy;
    @Column(name = "resolution_note")
    public String resolutionNote;
    @Column(name = "remedy_type")
    public String remedyType;
    @Column(name = "remedy_amount")
    public BigDecimal remedyAmount;
    @Column(name = "remedy_currency")
    public String remedyCurrency;
    @Column(name = "reopen_count")
    public int reopenCount;
    @Column(name = "queued_at")
    public Instant queuedAt;

    public List<String> flagList() {
        return flags.isEmpty() ? List.of() : Arrays.asList(flags.split(","));
    }

    public List<String> taskList() {
        return tasks.isEmpty() ? List.of() : Arrays.asList(tasks.split(","));
    }

    public static Optional<EscalationCase> findByComplaint(UUID complaintId) {
        return find("complaintId", complaintId).firstResultOptional();
    }

    /** The case with its row lock held to the end of the transaction: commands on one case take turns. */
    public static Optional<EscalationCase> lock(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The case locked as by lock(), or empty at once when another transaction holds it. */
    public static Optional<EscalationCase> lockUnlessHeld(UUID id) {
        List<?> rows = getEntityManager()
                .createNativeQuery("SELECT * FROM escalation_case WHERE id = :id FOR UPDATE SKIP LOCKED", EscalationCase.class)
                .setParameter("id", id)
                .getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of((EscalationCase) rows.get(0));
    }
}
