package io.complaints.followup.followup;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.LockModeType;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The follow-up of one resolution: when to ask, how often we asked, and what the customer answered. */
@Entity
@Table(name = "follow_up")
public class FollowUp extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "complaint_id")
    public UUID complaintId;
    @Column(name = "case_id")
    public UUID caseId;
    @Column(name = "resolved_event_id")
    public UUID resolvedEventId;
    @Column(name = "customer_id")
    public String customerId;
    @Column(name = "customer_name")
    public String customerName;
    @Column(name = "customer_email")
    public String customerEmail;
    @Column(name = "customer_tier")
    public String customerTier;
    public String channel;
    public String severity;
    public String category;
    @Column(name = "resolved_at")
    public Instant resolvedAt;
    @Column(name = "due_at")
    public Instant dueAt;
    @Enumerated(EnumType.STRING)
    public FollowUpStatus status;
    @Column(name = "survey_token")
    public String surveyToken;
    public int attempts;
    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;
    @Column(name = "requested_at")
    public Instant requestedAt;
    @Column(name = "answered_at")
    public Instant answeredAt;
    public Short csat;
    public Short nps;
    public Short ces;
    public String comment;
    public String outcome;

    public static Optional<FollowUp> findByToken(String token) {
        return find("surveyToken", token).firstResultOptional();
    }

    /** The follow-up with its row locked: two answers of one survey take turns, the second sees the first. */
    public static Optional<FollowUp> lockByToken(String token) {
        return find("surveyToken", token).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    public static List<FollowUp> forComplaint(UUID complaintId) {
        return list("complaintId = ?1 order by resolvedAt", complaintId);
    }
}
