package io.complaints.console.dashboard;

import io.complaints.support.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Everything the dashboard draws, in one answer: the last 24 hours, satisfaction over 30 days. */
@Path("/api/dashboard")
@Produces(MediaType.APPLICATION_JSON)
public class DashboardResource {

    static final Duration DAY = Duration.ofHours(24);
    static final Duration MONTH = Duration.ofDays(30);

    private final DashboardQueries queries;

    public DashboardResource(DashboardQueries queries) {
        this.queries = queries;
    }

    public record Dashboard(Instant at, List<DashboardQueries.HourCount> perHourBySeverity,
                            List<DashboardQueries.Count> byCategory, List<DashboardQueries.Count> byChannel,
                            DashboardQueries.SlaFigures sla, List<DashboardQueries.Backlog> backlog,
                            List<DashboardQueries.DaySatisfaction> satisfaction, List<DashboardQueries.Spike> spikes,
                            List<DashboardQueries.DeadLetters> deadLetters) {
    }

    @GET
    @RolesAllowed({Roles.MANAGER, Roles.OPS, Roles.ADMIN})
    @Transactional
    public Dashboard dashboard() {
        return new Dashboard(Instant.now(), queries.perHour(DAY, "severity"), queries.received(DAY, "category"),
                queries.received(DAY, "channel"), queries.sla(DAY), queries.backlog(), queries.satisfaction(MONTH),
                queries.spikes(DAY), queries.deadLetters());
    }
}
