package io.complaints.triage.trend;

import io.complaints.support.lock.AdvisoryLocks;
import io.complaints.support.outbox.Outbox;
import io.complaints.triage.complaint.Triage;
import io.complaints.triage.complaint.TriageConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.UUID;

/** Counts recent complaints per product and category in triage's own table and raises trend.spike alerts. */
@ApplicationScoped
public class TrendWatch {

    public static final String SLA_TOPIC = "complaints.sla.v1";
    static final String PRODUCT = "product";
    static final String CATEGORY = "category";
    private static final String OTHER_CATEGORY = "other";

    private final Outbox outbox;
    private final TrendRule productRule;
    private final TrendRule categoryRule;
    private final AdvisoryLocks locks;

    public TrendWatch(Outbox outbox, TriageConfig config, AdvisoryLocks locks) {
        this.outbox = outbox;
        this.locks = locks;
        this.productRule = new TrendRule(config.trend().window(), config.trend().productThreshold());
        this.categoryRule = new TrendRule(config.trend().window(), config.trend().categoryThreshold());
    }

    /** Called in the transaction that stored {@code triage}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void check(Triage triage) {
        if (triage.productReference != null) {
            check(PRODUCT, triage.productReference, "productReference", productRule, triage);
        }
        if (!OTHER_CATEGORY.equals(triage.category)) {
            check(CATEGORY, triage.category, "category", categoryRule, triage);
        }
    }

    private void check(String dimension, String value, String field, TrendRule rule, Triage triage) {
        Instant since = triage.receivedAt.minus(rule.window());
        // Replicas triaging the same product at once must not both raise the alert.
        locks.lock("trend:" + dimension + ":" + value);
        if (TrendAlert.raisedSince(dimension, value, since)) {
            return;
        }
        long count = Triage.countUpTo(field, value, since, triage.receivedAt, rule.threshold());
        if (!rule.isSpike(count, false)) {
            return;
        }
        TrendAlert alert = new TrendAlert();
        alert.id = UUID.randomUUID();
        alert.dimension = dimension;
        alert.value = value;
        alert.complaintCount = (int) count;
        alert.raisedAt = triage.receivedAt;
        alert.persist();
        TrendSpike spike = new TrendSpike(alert.id, TrendSpike.TYPE, triage.complaintId, Instant.now(),
                new TrendSpike.Trend(dimension, value, count, rule.window().toMinutes(), rule.threshold()));
        outbox.append(SLA_TOPIC, triage.complaintId, spike);
    }
}
