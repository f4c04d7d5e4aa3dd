package io.complaints.triage.trend;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "trend_alert")
public class TrendAlert extends PanacheEntityBase {

    @Id
    public UUID id;
    public String dimension;
    public String value;
    @Column(name = "complaint_count")
    public int complaintCount;
    @Column(name = "raised_at")
    public Instant raisedAt;

    public static boolean raisedSince(String dimension, String value, Instant since) {
        return count("dimension = ?1 and value = ?2 and raisedAt >= ?3", dimension, value, since) > 0;
    }
}
