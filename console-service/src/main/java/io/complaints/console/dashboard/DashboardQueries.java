package io.complaints.console.dashboard;

import io.complaints.console.readmodel.Columns;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Function;

/** The figures of the ops dashboard, each one query over the read model. */
@ApplicationScoped
public class DashboardQueries {

    private final EntityManager entityManager;

    public DashboardQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public record Count(String key, long count) {
    }

    public record HourCount(Instant hour, String key, long count) {
    }

    public record Backlog(String tier, String status, long count) {
    }

    public record SlaFigures(long resolved, long resolvedWithinSla, Double attainment, long acknowledgeBreaches,
                             long resolveBreaches, long warnings) {
    }

    public record DaySatisfaction(Instant day, long answers, Double csat, Double nps, Double ces) {
    }

    public record Spike(Instant at, String dimension, String value, int complaints, int windowMinutes, int threshold) {
    }

    public record DeadLetters(String topic, long letters, String lastReason, Instant lastAt) {
    }

    /** Complaints received per hour, split by {@code column} (severity, category or channel). */
    public List<HourCount> perHour(Duration window, String column) {
        return rows("SELECT date_trunc('hour', received_at), " + split(column) + ", count(*) FROM complaint_view "
                        + "WHERE received_at >= :since GROUP BY 1, 2 ORDER BY 1, 2", window,
                row -> new HourCount(Columns.instant(row[0]), (String) row[1], number(row[2]).longValue()));
    }

    /** Complaints received in the window, split by {@code column}, in the order of its values. */
    public List<Count> received(Duration window, String column) {
        // ordered as Java orders strings (byte order), whatever the database's collation
        return rows("SELECT " + split(column) + ", count(*) FROM complaint_view WHERE received_at >= :since "
                        + "GROUP BY 1 ORDER BY " + split(column) + " COLLATE \"C\"", window,
                row -> new Count((String) row[0], number(row[1]).longValue()));
    }

    private static String split(String column) {
        return switch (column) {
            case "severity", "category", "channel" -> "coalesce(" + column + ", 'untriaged')";
            default -> throw new IllegalArgumentException(column);
        };
    }

    public SlaFigures sla(Duration window) {
        Object[] resolved = (Object[]) entityManager.createNativeQuery("SELECT count(*), count(*) FILTER (WHERE resolve_sla IS DISTINCT FROM 'breached' "
                        + "AND (resolve_by IS NULL OR resolved_at <= resolve_by)) FROM complaint_view WHERE status = 'RESOLVED' AND resolved_at >= :since")
                .setParameter("since", since(window)).getSingleResult();
        // a breach's target is in its timeline line, as TimelineText writes it ("SLA breached: resolve was due ...")
        Object[] events = (Object[]) entityManager.createNativeQuery("SELECT count(*) FILTER (WHERE type = 'sla.breached' AND summary LIKE 'SLA breached: acknowledge%'), "
                        + "count(*) FILTER (WHERE type = 'sla.breached' AND summary LIKE 'SLA breached: resolve%'), "
                        + "count(*) FILTER (WHERE type = 'sla.warning') FROM timeline_entry WHERE type IN ('sla.breached', 'sla.warning') "
                        + "AND occurred_at >= :since")
                .setParameter("since", since(window)).getSingleResult();
        long all = number(resolved[0]).longValue();
        long within = number(resolved[1]).longValue();
        return new SlaFigures(all, within, all == 0 ? null : 100.0 * within / all, number(events[0]).longValue(),
                number(events[1]).longValue(), number(events[2]).longValue());
    }

    public List<Backlog> backlog() {
        return rows("SELECT coalesce(tier, 'untriaged'), status, count(*) FROM complaint_view WHERE status <> 'RESOLVED' "
                        + "AND received_at IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2", null,
                row -> new Backlog((String) row[0], (String) row[1], number(row[2]).longValue()));
    }

    /** Per day: CSAT (1-5 mean), NPS (% promoters 9-10 minus % detractors 0-6), CES (1-7 mean). */
    public List<DaySatisfaction> satisfaction(Duration window) {
        return rows("SELECT date_trunc('day', scored_at), count(*), avg(csat), "
                        + "100.0 * (count(*) FILTER (WHERE nps >= 9) - count(*) FILTER (WHERE nps <= 6)) / nullif(count(nps), 0), "
                        + "avg(ces) FROM complaint_view WHERE scored_at >= :since GROUP BY 1 ORDER BY 1", window,
                row -> new DaySatisfaction(Columns.instant(row[0]), number(row[1]).longValue(), decimal(row[2]), decimal(row[3]), decimal(row[4])));
    }

    public List<Spike> spikes(Duration window) {
        return rows("SELECT occurred_at, dimension, value, complaints, window_minutes, threshold FROM trend_spike "
                        + "WHERE occurred_at >= :since ORDER BY occurred_at DESC LIMIT 50", window,
                row -> new Spike(Columns.instant(row[0]), (String) row[1], (String) row[2], number(row[3]).intValue(),
                        number(row[4]).intValue(), number(row[5]).intValue()));
    }

    public List<DeadLetters> deadLetters() {
        return rows("SELECT topic, sum(letters), (array_agg(last_reason ORDER BY last_at DESC))[1], max(last_at) FROM dead_letter_tally "
                        + "GROUP BY topic ORDER BY topic", null,
                row -> new DeadLetters((String) row[0], number(row[1]).longValue(), (String) row[2], Columns.instant(row[3])));
    }

    /** @param window how far back {@code :since} in the query reaches; null for a query without it */
    private <T> List<T> rows(String sql, Duration window, Function<Object[], T> mapper) {
        Query query = entityManager.createNativeQuery(sql);
        if (window != null) {
            query.setParameter("since", since(window));
        }
        List<?> result = query.getResultList();
        return result.stream().map(row -> mapper.apply((Object[]) row)).toList();
    }

    private static OffsetDateTime since(Duration window) {
        return OffsetDateTime.now().minus(window);
    }

    private static Number number(Object column) {
        return (Number) column;
    }

    private static Double decimal(Object column) {
        return column == null ? null : ((Number) column).doubleValue();
    }

}
