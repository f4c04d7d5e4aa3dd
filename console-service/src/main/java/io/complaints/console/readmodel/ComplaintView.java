package io.complaints.console.readmodel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** What the screens show of one complaint, kept up to date from the topics by {@link ViewUpdates}. */
@Entity
@Table(name = "complaint_view")
public class ComplaintView {

    /** The status of a row created by an event that says nothing about status (an SLA event read first). */
    public static final Instant NO_STATUS_YET = Instant.EPOCH;

    @Id
    @Column(name = "complaint_id")
    public UUID complaintId;
    public String status;
    @Column(name = "status_at")
    public Instant statusAt;
    @Column(name = "received_at")
    public Instant receivedAt;
    public String channel;
    public String language;
    @Column(name = "customer_name")
    public String customerName;
    @Column(name = "customer_tier")
    public String customerTier;
    public String subject;
    public String message;
    public String severity;
    @Column(name = "severity_points")
    public Double severityPoints;
    @Column(name = "complaint_confidence")
    public Double complaintConfidence;
    public String category;
    public Double sentiment;
    @Column(name = "sentiment_label")
    public String sentimentLabel;
    public Double anger;
    public Double urgency;
    public String emotion;
    public String flags;
    /** The triage explanation's cues as JSON ([{cue, rule, weight}]), shown as they came. */
    public String explanation;
    @Column(name = "case_id")
    public UUID caseId;
    public String tier;
    @Column(name = "assignee_id")
    public String assigneeId;
    @Column(name = "assignee_name")
    public String assigneeName;
    @Column(name = "acknowledge_by")
    public Instant acknowledgeBy;
    @Column(name = "resolve_by")
    public Instant resolveBy;
    /** null, "warning" or "breached", for the current acknowledge deadline. */
    @Column(name = "acknowledge_sla")
    public String acknowledgeSla;
    @Column(name = "resolve_sla")
    public String resolveSla;
    @Column(name = "acknowledged_at")
    public Instant acknowledgedAt;
    @Column(name = "resolved_at")
    public Instant resolvedAt;
    @Column(name = "resolved_by")
    public String resolvedBy;
    public String remedy;
    @Column(name = "reopen_count")
    public int reopenCount;
    @Column(name = "follow_up")
    public String followUp;
    public Integer csat;
    public Integer nps;
    public Integer ces;
    @Column(name = "scored_at")
    public Instant scoredAt;
    @Column(name = "updated_at")
    public Instant updatedAt;

    public static ComplaintView empty(UUID complaintId) {
        ComplaintView view = new ComplaintView();
        view.complaintId = complaintId;
        view.status = ViewStatus.RECEIVED.name();
        view.statusAt = NO_STATUS_YET;
        view.updatedAt = Instant.now();
        return view;
    }
}
