package io.complaints.console.cases;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.complaints.console.readmodel.Columns;
import io.complaints.console.readmodel.ComplaintView;
import io.complaints.support.problem.NotFoundProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The queue, a handler's own cases and one case with its timeline, read from the console's read model. */
@ApplicationScoped
public class CaseQueries {

    /** The queue screen shows the most urgent cases first; more than this is a filter's job. */
    static final int QUEUE_LIMIT = 500;

    private static final String OPEN_IN_ORDER = "v.status <> 'RESOLVED' order by v.severity nulls last, "
            + "coalesce(case when v.acknowledgedAt is null then v.acknowledgeBy end, v.resolveBy) nulls last, v.receivedAt";

    private final EntityManager entityManager;
    private final ObjectMapper json;

    public CaseQueries(EntityManager entityManager, ObjectMapper json) {
        this.entityManager = entityManager;
        this.json = json;
    }

    public record QueueFilter(String tier, String severity, String category, String channel, String language) {
    }

    public List<CaseViews.QueueRow> queue(QueueFilter filter) {
        Instant now = Instant.now();
        return entityManager.createQuery("from ComplaintView v where (:tier is null or v.tier = :tier) "
                        + "and (:severity is null or v.severity = :severity) and (:category is null or v.category = :category) "
                        + "and (:channel is null or v.channel = :channel) and (:language is null or v.language = :language) and "
                        + OPEN_IN_ORDER, ComplaintView.class)
                .setParameter("tier", filter.tier())
                .setParameter("severity", filter.severity())
                .setParameter("category", filter.category())
                .setParameter("channel", filter.channel())
                .setParameter("language", filter.language())
                .setMaxResults(QUEUE_LIMIT)
                .getResultStream().map(view -> CaseViews.row(view, now)).toList();
    }

    public List<CaseViews.QueueRow> assignedTo(String handlerId) {
        Instant now = Instant.now();
        return entityManager.createQuery("from ComplaintView v where v.assigneeId = :handler and " + OPEN_IN_ORDER, ComplaintView.class)
                .setParameter("handler", handlerId)
                .setMaxResults(QUEUE_LIMIT)
                .getResultStream().map(view -> CaseViews.row(view, now)).toList();
    }

    public CaseViews.CaseDetail detail(UUID complaintId) {
        ComplaintView view = find(complaintId).orElseThrow(() -> new NotFoundProblem("No complaint " + complaintId));
        List<CaseViews.TimelineItem> timeline = entityManager.createNativeQuery("SELECT occurred_at, type, topic, summary "
                        + "FROM timeline_entry WHERE complaint_id = :id ORDER BY occurred_at, event_id", Object[].class)
                .setParameter("id", complaintId)
                .getResultStream().map(row -> {
                    Object[] columns = (Object[]) row;
                    return new CaseViews.TimelineItem(Columns.instant(columns[0]), (String) columns[1], (String) columns[2], (String) columns[3]);
                }).toList();
        return CaseViews.detail(view, timeline, json, Instant.now());
    }

    public Optional<ComplaintView> find(UUID complaintId) {
        return Optional.ofNullable(entityManager.find(ComplaintView.class, complaintId));
    }
}
