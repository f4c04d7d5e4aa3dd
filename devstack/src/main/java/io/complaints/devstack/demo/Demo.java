package io.complaints.devstack.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.complaints.devstack.KeycloakServer;
import io.complaints.devstack.Platform;
import io.complaints.devstack.TopicProbe;
import io.complaints.devstack.TopicPublisher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import static io.complaints.devstack.demo.StackMain.say;

/**
 * Replays complaints written for the project through the running platform and drives them round the whole
 * loop with the services' own APIs: triage, routing, an SLA breach, resolution with remedies (one over the
 * agent's limit), follow-up surveys and a reopen. Ends with a table of what happened to each.
 */
final class Demo {

    /** A complaint of the demo; {@code unhappy} answers the survey badly, {@code leaveUnacknowledged} lets its SLA lapse. */
    record Scenario(String label, String channel, String customer, String tier, String lifetimeValue, String message,
                    String publicUrl, boolean viaInboundTopic, boolean leaveUnacknowledged, String unhappy) {
    }

    private static final List<Scenario> SCENARIOS = List.of(
            new Scenario("angry, legal threat", "email", "c-1001", "gold", "2400",
                    "You charged me TWICE for the same order and nobody answers my emails! My lawyer will take legal action if this is not fixed TODAY!!",
                    null, false, false, "{\"csat\": 1, \"nps\": 0, \"comment\": \"The second charge is still on my card, not resolved at all\"}"),
            new Scenario("calm, late parcel", "web", "c-1002", "standard", null,
                    "Hello, my parcel arrived two days later than promised. Not a big deal, just letting you know.",
                    null, false, true, null),
            new Scenario("VIP about to leave", "chat", "c-1003", "vip", "25000",
                    "Third time this month my delivery is late. I am seriously thinking of cancelling my membership and switching to your competitor.",
                    null, false, false, null),
            new Scenario("public review", "review_site", "c-1004", "standard", null,
                    "One star. The blender cracked on the first use and the jug leaks everywhere. Poor quality, avoid.",
                    "https://reviews.example.com/r/981", false, false, null),
            new Scenario("safety issue", "phone", "c-1005", "standard", null,
                    "The phone charger overheated and started to smoke next to my son's bed. This is dangerous!",
                    null, false, false, null),
            new Scenario("repeat customer, 1st", "email", "c-1006", "standard", null,
                    "The app logs me out every time I try to pay and I cannot access my account.",
                    null, false, true, null),
            new Scenario("repeat customer, 2nd", "email", "c-1006", "standard", null,
                    "Still cannot log in to my account, the password reset link gives an error. Please help.",
                    null, false, false, "{\"nps\": 4, \"comment\": \"Slow and frustrating, the agent was useless\"}"),
            new Scenario("rude staff", "phone", "c-1007", "gold", "800",
                    "The agent on the phone was rude, laughed at me and hung up. Unprofessional.",
                    null, false, false, null),
            new Scenario("Spanish, refund", "social", "c-1008", "standard", null,
                    "Quiero un reembolso. Me cobraron dos veces y nadie responde. Voy a cancelar mi cuenta.",
                    "https://social.example.com/p/77", true, false, null),
            new Scenario("German, delivery", "email", "c-1009", "standard", null,
                    "Die Lieferung ist kaputt angekommen und niemand antwortet auf meine E-Mails.",
                    null, true, false, null));

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Who reads the platform for the demo's tables: a manager sees every case. */
    private static final String TEAM_LEAD = "mia";

    private final Platform platform;
    private final String kafka;
    private final KeycloakServer keycloak;
    private final Map<String, String> tokens = new HashMap<>();
    private final Map<Scenario, String> complaints = new LinkedHashMap<>();

    Demo(Platform platform, String kafka, KeycloakServer keycloak) {
        this.platform = platform;
        this.kafka = kafka;
        this.keycloak = keycloak;
    }

    /** The signed-in user's token (the roster id is the user name); tokens last the whole demo. */
    private String as(String user) {
        return tokens.computeIfAbsent(user, keycloak::userToken);
    }

    void run() {
        say("");
        say("== Replaying " + SCENARIOS.size() + " complaints (REST and the inbound topic) ==");
        submit();
        say("");
        say("== Triage and routing ==");
        Map<Scenario, JsonNode> cases = new LinkedHashMap<>();
        for (Map.Entry<Scenario, String> complaint : complaints.entrySet()) {
            JsonNode triage = await("triage of " + complaint.getKey().label(),
                    () -> Http.get(url("triage") + "/triage/" + complaint.getValue(), as(TEAM_LEAD)), reply -> reply.status() == 200).body();
            JsonNode escalationCase = caseOf(complaint.getValue());
            cases.put(complaint.getKey(), escalationCase);
            say(String.format("  %-22s %s %-18s flags %-45s -> %s %s", complaint.getKey().label(), triage.path("severity").asText(),
                    triage.path("category").asText(), triage.path("flags").toString(), escalationCase.path("tier").asText(),
                    escalationCase.path("assignee").asText("(queued)")));
        }
        say("");
        say("== Handlers acknowledge and resolve; the calm ones are left to breach their SLA ==");
        boolean limitShown = false;
        for (Map.Entry<Scenario, JsonNode> entry : cases.entrySet()) {
            if (entry.getKey().leaveUnacknowledged()) {
                continue;
            }
            String caseId = entry.getValue().path("id").asText();
            String assignee = entry.getValue().path("assignee").asText();
            Http.post(url("escalation") + "/cases/" + caseId + "/acknowledge", "{}", as(assignee));
            JsonNode current = Http.get(url("escalation") + "/cases/" + caseId, as(TEAM_LEAD)).body();
            if (!limitShown && current.path("tier").asText().equals("frontline")) {
                Http.Reply refused = Http.post(url("escalation") + "/cases/" + caseId + "/resolve",
                        "{\"remedy\": {\"type\": \"credit\", \"amount\": 120, \"currency\": \"EUR\"}}", as(assignee));
                say("  " + entry.getKey().label() + ": a 120 EUR credit by the agent -> " + refused.status() + " "
                        + refused.body().path("detail").asText());
                limitShown = true;
            }
            resolve(entry.getKey(), current);
        }
        for (Map.Entry<Scenario, JsonNode> entry : cases.entrySet()) {
            if (entry.getKey().leaveUnacknowledged()) {
                String caseId = entry.getValue().path("id").asText();
                JsonNode escalated = await("SLA breach of " + entry.getKey().label(),
                        () -> Http.get(url("escalation") + "/cases/" + caseId, as(TEAM_LEAD)),
                        reply -> !reply.body().path("tier").asText().equals(entry.getValue().path("tier").asText())
                                && !reply.body().path("assignee").isNull()).body();
                say("  " + entry.getKey().label() + ": acknowledgement SLA breached -> " + escalated.path("tier").asText()
                        + " " + escalated.path("assignee").asText());
                resolve(entry.getKey(), escalated);
            }
        }
        say("");
        say("== Follow-up surveys ==");
        Map<String, String> surveyTokens = surveyTokens();
        for (Map.Entry<Scenario, String> complaint : complaints.entrySet()) {
            String answer = complaint.getKey().unhappy() != null ? complaint.getKey().unhappy()
                    : "{\"csat\": 5, \"nps\": 9, \"ces\": 2, \"comment\": \"Sorted quickly, thank you\"}";
            // the customer, with no account: the survey link's token is all it takes
            JsonNode answered = Http.post(url("followup") + "/followups/" + surveyTokens.get(complaint.getValue()) + "/response",
                    answer, null).body();
            say(String.format("  %-22s %s (%s)", complaint.getKey().label(), answered.path("status").asText(), answered.path("outcome").asText()));
        }
        for (Map.Entry<Scenario, String> complaint : complaints.entrySet()) {
            if (complaint.getKey().unhappy() != null) {
                JsonNode reopened = await("reopen of " + complaint.getKey().label(), () -> caseReply(complaint.getValue()),
                        reply -> reply.body().path(0).path("reopenCount").asInt() > 0 && !reply.body().path(0).path("assignee").isNull())
                        .body().get(0);
                say("  " + complaint.getKey().label() + ": reopened -> " + reopened.path("tier").asText() + " " + reopened.path("assignee").asText());
            }
        }
        table();
    }

    private void submit() {
        List<String> inboundIds = new ArrayList<>();
        try (TopicPublisher publisher = TopicPublisher.to(kafka)) {
            for (Scenario scenario : SCENARIOS) {
                String externalId = scenario.viaInboundTopic() ? "demo-" + UUID.randomUUID() : null;
                String body = """
                        {"externalId": %s, "channel": "%s", "customer": {"id": "%s", "name": "Customer %s", "email": "%s@example.com", "tier": "%s", "lifetimeValue": %s},
                         "subject": "%s", "message": "%s", "publicUrl": %s}"""
                        .formatted(externalId == null ? "null" : "\"" + externalId + "\"", scenario.channel(),
                                scenario.customer(), scenario.customer(), scenario.customer(), scenario.tier(),
                                scenario.lifetimeValue() == null ? "null" : scenario.lifetimeValue(), scenario.label(),
                                scenario.message(), scenario.publicUrl() == null ? "null" : "\"" + scenario.publicUrl() + "\"");
                if (externalId != null) {
                    publisher.send("complaints.inbound.v1", externalId, body);
                    inboundIds.add(externalId);
                    complaints.put(scenario, null);
                    say("  -> complaints.inbound.v1  " + scenario.label());
                } else {
                    Http.Reply created = Http.post(url("intake") + "/complaints", body, keycloak.sourceToken());
                    complaints.put(scenario, created.body().path("id").asText());
                    say("  -> POST /complaints " + created.status() + "  " + scenario.label());
                }
            }
        }
        try (TopicProbe received = TopicProbe.on(kafka, "complaints.received.v1")) {
            int next = 0;
            for (Map.Entry<Scenario, String> complaint : complaints.entrySet()) {
                if (complaint.getValue() == null) {
                    String externalId = inboundIds.get(next++);
                    complaint.setValue(received.awaitRecords(record -> record.value().contains(externalId), 1,
                            Duration.ofSeconds(60)).get(0).key());
                }
            }
        }
    }

    private void resolve(Scenario scenario, JsonNode escalationCase) {
        String remedy = switch (escalationCase.path("tier").asText()) {
            case "frontline" -> "{\"type\": \"apology\"}";
            case "specialist" -> "{\"type\": \"refund\", \"amount\": 40, \"currency\": \"EUR\"}";
            case "manager" -> "{\"type\": \"credit\", \"amount\": 150, \"currency\": \"EUR\"}";
            default -> "{\"type\": \"complimentary_service\"}";
        };
        Http.Reply resolved = Http.post(url("escalation") + "/cases/" + escalationCase.path("id").asText() + "/resolve",
                "{\"note\": \"Demo resolution\", \"remedy\": " + remedy + "}", as(escalationCase.path("assignee").asText()));
        if (resolved.status() != 200) {
            say("  could not resolve " + scenario.label() + ": " + resolved.body());
        }
    }

    private void table() {
        say("");
        say("== What happened ==");
        String format = "%-22s %-3s %-19s %-22s %-4s %-7s %-28s %-22s %s%n";
        Map<String, Integer> records = recordsPerComplaint();
        System.out.printf(format, "complaint", "sev", "category", "tier / assignee", "SLA", "reopen", "remedy", "follow-up", "CE records");
        int breaches = 0;
        int reopens = 0;
        Map<String, Integer> severities = new LinkedHashMap<>();
        for (Map.Entry<Scenario, String> complaint : complaints.entrySet()) {
            JsonNode triage = Http.get(url("triage") + "/triage/" + complaint.getValue(), as(TEAM_LEAD)).body();
            JsonNode escalationCase = caseReply(complaint.getValue()).body().get(0);
            JsonNode full = Http.get(url("escalation") + "/cases/" + escalationCase.path("id").asText(), as(TEAM_LEAD)).body();
            JsonNode followUps = Http.get(url("followup") + "/followups/" + complaint.getValue(), as(TEAM_LEAD)).body();
            long slaEvents = 0;
            for (JsonNode step : full.path("history")) {
                slaEvents += step.path("kind").asText().startsWith("sla.") ? 1 : 0;
                breaches += step.path("kind").asText().equals("sla.breached") ? 1 : 0;
            }
            int reopenCount = escalationCase.path("reopenCount").asInt();
            reopens += reopenCount;
            severities.merge(triage.path("severity").asText(), 1, Integer::sum);
            String remedy = lastResolution(full);
            String followUp = followUps.size() == 0 ? "-" : followUps.get(0).path("status").asText().toLowerCase()
                    + " " + followUps.get(0).path("outcome").asText("");
            System.out.printf(format, complaint.getKey().label(), triage.path("severity").asText(), triage.path("category").asText(),
                    escalationCase.path("tier").asText() + " " + escalationCase.path("assignee").asText("-"),
                    slaEvents, reopenCount, remedy, followUp, records.getOrDefault(complaint.getValue(), 0));
        }
        JsonNode satisfaction = Http.get(url("followup") + "/satisfaction", as(TEAM_LEAD)).body().path("overall");
        say("");
        say("Totals: " + complaints.size() + " complaints " + severities + ", " + breaches + " SLA breach(es), "
                + reopens + " reopened; CSAT " + satisfaction.path("csatPercent").asText("-") + " %, NPS "
                + satisfaction.path("nps").asText("-") + ", CES " + satisfaction.path("cesAverage").asText("-"));
    }

    private static String lastResolution(JsonNode escalationCase) {
        String remedy = "-";
        for (JsonNode step : escalationCase.path("history")) {
            if (step.path("kind").asText().equals("resolved")) {
                remedy = step.path("detail").asText().replace(": Demo resolution", "");
            }
        }
        return remedy.length() > 28 ? remedy.substring(0, 28) : remedy;
    }

    /** How many records about each complaint are on the pipeline's topics. */
    private Map<String, Integer> recordsPerComplaint() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String topic : List.of("complaints.received.v1", "complaints.triaged.v1", "complaints.assigned.v1",
                "complaints.sla.v1", "complaints.resolved.v1", "complaints.followup.v1", "complaints.reopened.v1")) {
            try (TopicProbe probe = TopicProbe.on(kafka, topic)) {
                Duration settle = Duration.ofSeconds(1);
                for (String complaintId : complaints.values()) {
                    counts.merge(complaintId, probe.recordsFor(complaintId, settle).size(), Integer::sum);
                    settle = Duration.ZERO;
                }
            }
        }
        return counts;
    }

    /**
     * Each complaint's survey token, from its followup.requested event: the notification system that reads
     * complaints.followup.v1 sends it to the customer; staff APIs never show it.
     */
    private Map<String, String> surveyTokens() {
        Map<String, String> surveyTokens = new HashMap<>();
        try (TopicProbe followUps = TopicProbe.on(kafka, "complaints.followup.v1")) {
            for (String complaintId : complaints.values()) {
                String requested = followUps.awaitRecords(record -> complaintId.equals(record.key())
                        && record.value().contains("\"type\":\"followup.requested\""), 1, Duration.ofSeconds(90)).get(0).value();
                surveyTokens.put(complaintId, JSON.readTree(requested).path("surveyToken").asText());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return surveyTokens;
    }

    private JsonNode caseOf(String complaintId) {
        return await("case of " + complaintId, () -> caseReply(complaintId), reply -> reply.body().size() > 0).body().get(0);
    }

    private Http.Reply caseReply(String complaintId) {
        return Http.get(url("escalation") + "/cases?complaintId=" + complaintId, as(TEAM_LEAD));
    }

    private String url(String service) {
        return platform.url(service);
    }

    private static Http.Reply await(String what, java.util.function.Supplier<Http.Reply> call, Predicate<Http.Reply> done) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (true) {
            Http.Reply reply = call.get();
            if (done.test(reply)) {
                return reply;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("Gave up waiting for " + what + ": " + reply);
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
