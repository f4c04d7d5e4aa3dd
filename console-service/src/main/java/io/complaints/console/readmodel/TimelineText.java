package io.complaints.console.readmodel;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.RoundingMode;
import java.util.Currency;
import java.util.Locale;

/** The one line a case's timeline shows for an event: what happened, in a handler's words. */
public final class TimelineText {

    private static final int MAX = 1000;

    private TimelineText() {
    }

    public static String of(ComplaintEvent event) {
        JsonNode body = event.body();
        String text = switch (event.type()) {
            case "complaint.received" -> "Received by " + words(event.text("channel")) + (event.text("source") == null ? ""
                    : " (" + ("inbound-topic".equals(event.text("source")) ? "inbound topic" : "REST") + ")");
            case "complaint.triaged" -> "Triaged " + event.text("severity") + ", " + words(event.text("category"))
                    + ", sentiment " + body.path("sentiment").path("label").asText("?")
                    + String.format(Locale.ROOT, ", anger %.2f", body.path("anger").asDouble())
                    + (body.path("flags").isEmpty() ? "" : ", flags " + joined(body.path("flags")));
            case "case.assigned" -> "Assigned to " + person(body.path("assignee")) + " (" + words(event.text("tier"))
                    + ", " + reason(event.text("reason")) + ")";
            case "case.queued" -> "Queued for " + words(event.text("tier")) + " (" + reason(event.text("reason")) + ")";
            case "case.acknowledged" -> "Acknowledged by " + person(body.path("assignee"));
            case "sla.warning" -> "SLA warning: " + event.text("target") + " due " + event.text("deadline");
            case "sla.breached" -> "SLA breached: " + event.text("target") + " was due " + event.text("deadline");
            case "trend.spike" -> "Trend spike: " + body.path("trend").path("count").asInt() + " complaints about "
                    + body.path("trend").path("dimension").asText() + " " + body.path("trend").path("value").asText()
                    + " in " + body.path("trend").path("windowMinutes").asInt() + " min";
            case "complaint.resolved" -> "Resolved by " + person(body.path("resolvedBy")) + ": " + remedy(body.path("remedy"))
                    + (event.text("resolutionNote") == null ? "" : " - " + event.text("resolutionNote"));
            case "followup.requested" -> "Follow-up survey sent by " + words(event.text("channel"));
            case "followup.reminded" -> "Follow-up reminder " + body.path("attempt").asInt() + " sent";
            case "followup.closed" -> "Survey answered: " + scores(body.path("scores"));
            case "followup.expired" -> "Follow-up expired without an answer";
            case "complaint.reopened" -> "Reopened: " + words(event.text("reason"))
                    + (event.text("comment") == null ? "" : " - \"" + event.text("comment") + "\"");
            default -> event.type();
        };
        return text.length() <= MAX ? text : text.substring(0, MAX - 1) + "…";
    }

    /** "refund 20.00 EUR", "apology". */
    public static String remedy(JsonNode remedy) {
        if (remedy.isMissingNode() || remedy.isNull()) {
            return "no remedy";
        }
        String type = words(remedy.path("type").asText("remedy"));
        if (!remedy.path("amount").isNumber()) {
            return type;
        }
        String currency = remedy.path("currency").asText("");
        return type + " " + remedy.path("amount").decimalValue().setScale(fractionDigits(currency), RoundingMode.HALF_UP).toPlainString()
                + " " + currency;
    }

    /** 2 for EUR, 0 for JPY; 2 for a code the JDK does not know. */
    private static int fractionDigits(String currency) {
        try {
            return Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
        } catch (IllegalArgumentException e) {
            return 2;
        }
    }

    private static String person(JsonNode person) {
        if (person.isMissingNode() || person.isNull()) {
            return "nobody";
        }
        String name = person.path("name").asText("");
        return name.isBlank() ? person.path("id").asText("?") : name;
    }

    private static String reason(String reason) {
        return reason == null ? "" : switch (reason) {
            case "initial" -> "routing";
            case "sla.breached" -> "after an SLA breach";
            case "capacity.freed" -> "a slot came free";
            default -> words(reason);
        };
    }

    private static String scores(JsonNode scores) {
        StringBuilder text = new StringBuilder();
        for (String score : new String[] {"csat", "nps", "ces"}) {
            if (scores.path(score).isNumber()) {
                text.append(text.isEmpty() ? "" : ", ").append(score.toUpperCase(Locale.ROOT)).append(' ').append(scores.path(score).asInt());
            }
        }
        return text.isEmpty() ? "no scores" : text.toString();
    }

    private static String joined(JsonNode items) {
        StringBuilder text = new StringBuilder();
        items.forEach(item -> text.append(text.isEmpty() ? "" : ", ").append(words(item.asText())));
        return text.toString();
    }

    private static String words(String code) {
        return code == null ? "?" : code.replace('_', ' ');
    }
}
