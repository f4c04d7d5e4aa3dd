package io.complaints.followup.satisfaction;

import io.complaints.followup.followup.FollowUp;
import io.complaints.support.problem.ProblemException;
import io.complaints.support.security.Roles;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** CSAT, NPS and CES over the answers in a period, overall and grouped; also Prometheus gauges over 30 days. */
@Path("/satisfaction")
@Produces(MediaType.APPLICATION_JSON)
public class SatisfactionResource {

    private static final Duration GAUGE_WINDOW = Duration.ofDays(30);
    private static final Map<String, Function<FollowUp, String>> GROUPS = Map.of(
            "category", f -> f.category == null ? "other" : f.category,
            "tier", f -> f.customerTier,
            "channel", f -> f.channel);

    public SatisfactionResource(MeterRegistry registry) {
        registry.gauge("satisfaction.csat.percent", this, resource -> value(resource.recent().csatPercent()));
        registry.gauge("satisfaction.nps", this, resource -> value(resource.recent().nps()));
        registry.gauge("satisfaction.ces.average", this, resource -> value(resource.recent().cesAverage()));
    }

    public record Group(String key, SatisfactionScores scores) {
    }

    public record Report(Instant from, Instant to, String groupBy, SatisfactionScores overall, List<Group> groups) {
    }

    @GET
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN, Roles.OPS})
    public Report report(@QueryParam("from") Instant from, @QueryParam("to") Instant to, @QueryParam("groupBy") String groupBy) {
        Instant end = to == null ? Instant.now() : to;
        Instant start = from == null ? end.minus(GAUGE_WINDOW) : from;
        if (groupBy != null && !GROUPS.containsKey(groupBy)) {
            throw new ProblemException(400, "invalid-request", "Invalid request", "groupBy must be category, tier or channel");
        }
        List<FollowUp> answered = answered(start, end);
        List<Group> groups = new ArrayList<>();
        if (groupBy != null) {
            Map<String, List<SatisfactionScores.Answer>> byKey = new TreeMap<>();
            for (FollowUp followUp : answered) {
                byKey.computeIfAbsent(GROUPS.get(groupBy).apply(followUp), key -> new ArrayList<>()).add(answer(followUp));
            }
            byKey.forEach((key, answers) -> groups.add(new Group(key, SatisfactionScores.of(answers))));
        }
        return new Report(start, end, groupBy, SatisfactionScores.of(answered.stream().map(SatisfactionResource::answer).toList()), groups);
    }

    private SatisfactionScores recent() {
        Instant now = Instant.now();
        return QuarkusTransaction.requiringNew().call(() ->
                SatisfactionScores.of(answered(now.minus(GAUGE_WINDOW), now).stream().map(SatisfactionResource::answer).toList()));
    }

    private static List<FollowUp> answered(Instant from, Instant to) {
        return FollowUp.list("answeredAt >= ?1 and answeredAt < ?2", from, to);
    }

    private static SatisfactionScores.Answer answer(FollowUp followUp) {
        return new SatisfactionScores.Answer(toInt(followUp.csat), toInt(followUp.nps), toInt(followUp.ces));
    }

    private static Integer toInt(Short value) {
        return value == null ? null : value.intValue();
    }

    private static double value(Double score) {
        return score == null ? Double.NaN : score;
    }
}
