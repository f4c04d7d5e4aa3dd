package io.complaints.console.readmodel;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * How one event changes a complaint's view. Events of one complaint come on several topics and may be read
 * in any order between topics: a status moves only to an event newer than the one that set it, and an SLA
 * warning counts only for the deadline the case has now.
 */
public final class ViewUpdates {

    private static final int FLAGS_MAX = 500;

    private ViewUpdates() {
    }

    public static void apply(ComplaintView view, ComplaintEvent event) {
        JsonNode body = event.body();
        switch (event.type()) {
            case "complaint.received" -> {
                view.receivedAt = event.occurredAt();
                view.channel = event.text("channel");
                view.language = event.text("language");
                customer(view, body.path("customer"));
                view.subject = event.text("subject");
                view.message = event.text("message");
                moveTo(view, ViewStatus.RECEIVED, event.occurredAt());
            }
            case "complaint.triaged" -> {
                view.channel = Objects.requireNonNullElse(view.channel, event.text("channel"));
                if (view.customerName == null) {
                    customer(view, body.path("customer"));
                }
                view.language = Objects.requireNonNullElse(event.text("language"), view.language);
                view.severity = event.text("severity");
                view.severityPoints = number(body.path("severityPoints"));
                view.complaintConfidence = number(body.path("complaintConfidence"));
                view.category = event.text("category");
                view.sentiment = number(body.path("sentiment").path("score"));
                view.sentimentLabel = body.path("sentiment").path("label").asText(null);
                view.anger = number(body.path("anger"));
                view.urgency = number(body.path("urgency"));
                view.emotion = event.text("emotion");
                view.flags = flags(body.path("flags"));
                view.explanation = body.path("explanation").isArray() ? body.path("explanation").toString() : null;
                moveTo(view, ViewStatus.TRIAGED, event.occurredAt());
            }
            case "case.assigned", "case.queued", "case.acknowledged" -> caseEvent(view, event);
            case "sla.warning", "sla.breached" -> slaEvent(view, event);
            case "complaint.resolved" -> {
                if (moveTo(view, ViewStatus.RESOLVED, event.occurredAt())) {
                    view.caseId = uuidOr(event, view.caseId);
                    view.resolvedAt = event.occurredAt();
                    view.resolvedBy = body.path("resolvedBy").path("name").asText(body.path("resolvedBy").path("id").asText(null));
                    view.remedy = TimelineText.remedy(body.path("remedy"));
                    view.followUp = null;
                }
                view.reopenCount = Math.max(view.reopenCount, body.path("reopenCount").asInt(0));
            }
            case "complaint.reopened" -> {
                view.reopenCount = view.reopenCount + 1;
                if (moveTo(view, ViewStatus.REOPENED, event.occurredAt())) {
                    view.resolvedAt = null;
                    view.acknowledgedAt = null;
                }
            }
            case "followup.requested", "followup.reminded" -> view.followUp = "answered".equals(view.followUp) ? view.followUp : "asked";
            case "followup.closed" -> {
                view.followUp = "answered";
                JsonNode scores = body.path("scores");
                view.csat = integer(scores.path("csat"));
                view.nps = integer(scores.path("nps"));
                view.ces = integer(scores.path("ces"));
                view.scoredAt = event.occurredAt();
            }
            case "followup.expired" -> view.followUp = "expired";
            default -> {
                // trend spikes and types this console does not know yet: the timeline shows them
            }
        }
        view.updatedAt = Instant.now();
    }

    private static void caseEvent(ComplaintView view, ComplaintEvent event) {
        JsonNode body = event.body();
        ViewStatus status = switch (event.type()) {
            case "case.queued" -> ViewStatus.QUEUED;
            case "case.acknowledged" -> ViewStatus.ACKNOWLEDGED;
            default -> view.acknowledgedAt != null && !"reopened".equals(event.text("reason")) ? ViewStatus.ACKNOWLEDGED : ViewStatus.ASSIGNED;
        };
        if (!moveTo(view, status, event.occurredAt())) {
            return;
        }
        view.caseId = uuidOr(event, view.caseId);
        view.tier = event.text("tier");
        view.severity = Objects.requireNonNullElse(event.text("severity"), view.severity);
        view.category = Objects.requireNonNullElse(event.text("category"), view.category);
        JsonNode assignee = body.path("assignee");
        view.assigneeId = assignee.isObject() ? assignee.path("id").asText(null) : null;
        view.assigneeName = assignee.isObject() ? assignee.path("name").asText(null) : null;
        if (status == ViewStatus.ACKNOWLEDGED && view.acknowledgedAt == null) {
            view.acknowledgedAt = event.occurredAt();
        }
        Instant acknowledgeBy = event.instant("acknowledgeBy");
        Instant resolveBy = event.instant("resolveBy");
        if (!Objects.equals(acknowledgeBy, view.acknowledgeBy)) {
            view.acknowledgeSla = null; // a new clock: its warnings are still to come
        }
        if (!Objects.equals(resolveBy, view.resolveBy)) {
            view.resolveSla = null;
        }
        view.acknowledgeBy = acknowledgeBy;
        view.resolveBy = resolveBy;
    }

    private static void slaEvent(ComplaintView view, ComplaintEvent event) {
        String light = event.type().equals("sla.breached") ? "breached" : "warning";
        Instant deadline = event.instant("deadline");
        if ("acknowledge".equals(event.text("target")) && (view.acknowledgeBy == null || view.acknowledgeBy.equals(deadline))) {
            view.acknowledgeSla = worse(view.acknowledgeSla, light);
        } else if ("resolve".equals(event.text("target")) && (view.resolveBy == null || view.resolveBy.equals(deadline))) {
            view.resolveSla = worse(view.resolveSla, light);
        }
    }

    /** Moves the status if the event is at least as new as the one that set it; says whether it did. */
    private static boolean moveTo(ComplaintView view, ViewStatus status, Instant at) {
        if (at.isBefore(view.statusAt)) {
            return false;
        }
        view.status = status.name();
        view.statusAt = at;
        return true;
    }

    private static String worse(String current, String light) {
        return "breached".equals(current) ? current : light;
    }

    private static void customer(ComplaintView view, JsonNode customer) {
        view.customerName = customer.path("name").asText(null);
        view.customerTier = customer.path("tier").asText(null);
    }

    private static UUID uuidOr(ComplaintEvent event, UUID current) {
        String caseId = event.text("caseId");
        return caseId == null ? current : UUID.fromString(caseId);
    }

    private static String flags(JsonNode flags) {
        if (!flags.isArray() || flags.isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        flags.forEach(flag -> text.append(text.isEmpty() ? "" : ",").append(flag.asText()));
        return text.length() <= FLAGS_MAX ? text.toString() : text.substring(0, FLAGS_MAX);
    }

    private static Double number(JsonNode node) {
        return node.isNumber() ? node.asDouble() : null;
    }

    private static Integer integer(JsonNode node) {
        return node.isNumber() ? node.asInt() : null;
    }
}
