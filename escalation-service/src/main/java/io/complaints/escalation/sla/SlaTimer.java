package io.complaints.escalation.sla;

import io.complaints.escalation.routing.HandlerTier;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A durable SLA clock: fires once at due_at, survives restarts, claimed by one replica. */
@Entity
@Table(name = "sla_timer")
public class SlaTimer extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "case_id")
    public UUID caseId;
    @Enumerated(EnumType.STRING)
    public SlaSchedule.Target target;
    @Enumerated(EnumType.STRING)
    public SlaSchedule.Stage stage;
    @Enumerated(EnumType.STRING)
    public HandlerTier tier;
    @Column(name = "due_at")
    public Instant dueAt;
    @Column(name = "fired_at")
    public Instant firedAt;
    public boolean cancelled;

    /** Stops the pending clocks of a case, all of them or those of one target. */
    public static void cancel(UUID caseId, SlaSchedule.Target target) {
        if (target == null) {
            update("cancelled = true where caseId = ?1 and firedAt is null and cancelled = false", caseId);
        } else {
            update("cancelled = true where caseId = ?1 and target = ?2 and firedAt is null and cancelled = false", caseId, target);
        }
    }
}
