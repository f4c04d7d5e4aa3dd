package io.complaints.escalation.cases;

import io.complaints.escalation.routing.HandlerTier;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One step in a case's life, for GET /cases/{id}. */
@Entity
@Table(name = "case_history")
public class CaseHistory extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "case_id")
    public UUID caseId;
    public Instant at;
    public String kind;
    @Enumerated(EnumType.STRING)
    public HandlerTier tier;
    public String actor;
    public String detail;

    public static void record(EscalationCase escalationCase, String kind, String actor, String detail) {
        CaseHistory entry = new CaseHistory();
        entry.id = UUID.randomUUID();
        entry.caseId = escalationCase.id;
        entry.at = Instant.now();
        entry.kind = kind;
        entry.tier = escalationCase.tier;
        entry.actor = actor;
        entry.detail = detail;
        entry.persist();
    }

    public static List<CaseHistory> of(UUID caseId) {
        return list("caseId = ?1 order by at, id", caseId);
    }
}
