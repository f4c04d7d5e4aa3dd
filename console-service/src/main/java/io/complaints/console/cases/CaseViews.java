package io.complaints.console.cases;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.complaints.console.readmodel.ComplaintView;
import io.complaints.console.readmodel.ViewStatus;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** What the queue and case screens receive: a complaint's view with its SLA lights worked out for now. */
public final class CaseViews {

    private static final int PREVIEW = 160;

    private CaseViews() {
    }

    public record Person(String id, String name) {
    }

    public record Clock(Instant deadline, SlaLight light) {
    }

    public record QueueRow(UUID complaintId, UUID caseId, String status, String severity, String category, String channel,
                           String language, String tier, Person assignee, String customer, String subject, String preview,
                           Instant receivedAt, Clock acknowledge, Clock resolve, List<String> flags, int reopenCount) {
    }

    public record TimelineItem(Instant at, String type, String topic, String text) {
    }

    public record CaseDetail(QueueRow summary, String message, String customerTier, Double sentiment, String sentimentLabel,
                             Double anger, Double urgency, String emotion, Double severityPoints, Double complaintConfidence, JsonNode cues,
                             Instant acknowledgedAt, Instant resolvedAt, String resolvedBy, String remedy, String followUp,
                             Integer csat, Integer nps, Integer ces, List<TimelineItem> timeline) {
    }

    public static QueueRow row(ComplaintView view, Instant now) {
        return new QueueRow(view.complaintId, view.caseId, view.status, view.severity, view.category, view.channel,
                view.language, view.tier, view.assigneeId == null ? null : new Person(view.assigneeId, view.assigneeName),
                view.customerName, view.subject, preview(view.message), view.receivedAt,
                new Clock(view.acknowledgeBy, SlaLight.of(view.acknowledgeBy, view.acknowledgeSla, view.acknowledgedAt, now)),
                new Clock(view.resolveBy, SlaLight.of(view.resolveBy, view.resolveSla,
                        ViewStatus.RESOLVED.name().equals(view.status) ? view.resolvedAt : null, now)),
                view.flags == null ? List.of() : Arrays.asList(view.flags.split(",")), view.reopenCount);
    }

    public static CaseDetail detail(ComplaintView view, List<TimelineItem> timeline, ObjectMapper json, Instant now) {
        JsonNode cues;
        try {
            cues = view.explanation == null ? json.createArrayNode() : json.readTree(view.explanation);
        } catch (JsonProcessingException e) {
            cues = json.createArrayNode(); // stored from a parsed event: not reached
        }
        return new CaseDetail(row(view, now), view.message, view.customerTier, view.sentiment, view.sentimentLabel, view.anger,
                view.urgency, view.emotion, view.severityPoints, view.complaintConfidence, cues, view.acknowledgedAt, view.resolvedAt, view.resolvedBy,
                view.remedy, view.followUp, view.csat, view.nps, view.ces, timeline);
    }

    private static String preview(String message) {
        if (message == null) {
            return null;
        }
        String oneLine = message.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= PREVIEW ? oneLine : oneLine.substring(0, PREVIEW - 1) + "…";
    }
}
