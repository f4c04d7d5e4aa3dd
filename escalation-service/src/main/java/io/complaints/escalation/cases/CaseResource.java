package io.complaints.escalation.cases;

import io.complaints.escalation.remedy.Remedy;
import io.complaints.escalation.routing.HandlerTier;
import io.complaints.support.problem.NotFoundProblem;
import io.complaints.support.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Path("/cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CaseResource {

    private final CaseWorkflow workflow;
    private final SecurityIdentity identity;

    public CaseResource(CaseWorkflow workflow, SecurityIdentity identity) {
        this.workflow = workflow;
        this.identity = identity;
    }

    public record CaseView(UUID id, UUID complaintId, CaseStatus status, HandlerTier tier, String assignee,
                           String severity, String category, String language, String channel, List<String> flags,
                           List<String> tasks, String customerId, String customerTier, String routingRule,
                           Instant openedAt, Instant acknowledgeBy, Instant resolveBy, Instant acknowledgedAt,
                           Instant resolvedAt, String resolvedBy, String resolutionNote, RemedyView remedy,
                           int reopenCount, List<HistoryView> history) {

        static CaseView of(EscalationCase c, List<HistoryView> history) {
            RemedyView remedy = c.remedyType == null ? null : new RemedyView(c.remedyType, c.remedyAmount, c.remedyCurrency);
            return new CaseView(c.id, c.complaintId, c.status, c.tier, c.assigneeId, c.severity, c.category,
                    c.language, c.channel, c.flagList(), c.taskList(), c.customerId, c.customerTier, c.routingRule,
                    c.openedAt, c.acknowledgeBy, c.resolveBy, c.acknowledgedAt, c.resolvedAt, c.resolvedBy,
                    c.resolutionNote, remedy, c.reopenCount, history);
        }
    }

    public record RemedyView(String type, BigDecimal amount, String currency) {
    }

    public record HistoryView(Instant at, String kind, HandlerTier tier, String actor, String detail) {
    }

    /**
     * @param fromTier the tier the person saw the case in; if it has moved on since (someone else escalated it,
     *                 an SLA breach did), 409 instead of a second step up. Clients should send it.
     */
    public record Escalation(@NotBlank @Size(max = 2000) String reason, HandlerTier fromTier) {
    }

    /** Resolved by the signed-in person; their tier's remedy limit applies. */
    public record Resolution(@Size(max = 4000) String note, @NotNull @Valid Remedy remedy) {
    }

    @GET
    @RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.OPS})
    public List<CaseView> list(@QueryParam("assignee") String assignee, @QueryParam("tier") HandlerTier tier,
                               @QueryParam("status") CaseStatus status, @QueryParam("complaintId") UUID complaintId) {
        StringBuilder query = new StringBuilder("1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (assignee != null) {
            query.append(" and assigneeId = :assignee");
            parameters.put("assignee", assignee);
        }
        if (tier != null) {
            query.append(" and tier = :tier");
            parameters.put("tier", tier);
        }
        if (status != null) {
            query.append(" and status = :status");
            parameters.put("status", status);
        }
        if (complaintId != null) {
            query.append(" and complaintId = :complaintId");
            parameters.put("complaintId", complaintId);
        }
        List<CaseView> views = new ArrayList<>();
        for (EscalationCase c : EscalationCase.<EscalationCase>find(query + " order by openedAt desc", parameters).page(0, 500).list()) {
            views.add(CaseView.of(c, List.of()));
        }
        return views;
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.OPS})
    public CaseView get(@PathParam("id") UUID id) {
        EscalationCase found = EscalationCase.<EscalationCase>findByIdOptional(id)
                .orElseThrow(() -> new NotFoundProblem("No case " + id));
        return view(found);
    }

    /** Commands act as the signed-in person (the token's user, a roster id): their case, or a higher tier. */
    @POST
    @Path("/{id}/acknowledge")
    @RolesAllowed({Roles.AGENT, Roles.MANAGER})
    public CaseView acknowledge(@PathParam("id") UUID id) {
        return view(workflow.acknowledge(id, actor()));
    }

    @POST
    @Path("/{id}/escalate")
    @RolesAllowed({Roles.AGENT, Roles.MANAGER})
    public CaseView escalate(@PathParam("id") UUID id, @NotNull @Valid Escalation body) {
        return view(workflow.escalate(id, body.reason(), actor(), body.fromTier()));
    }

    /** 409 with approverTier when the remedy is over the signed-in person's limit. */
    @POST
    @Path("/{id}/resolve")
    @RolesAllowed({Roles.AGENT, Roles.MANAGER})
    public CaseView resolve(@PathParam("id") UUID id, @NotNull @Valid Resolution body) {
        return view(workflow.resolve(id, actor(), body.note(), body.remedy()));
    }

    private String actor() {
        return identity.getPrincipal().getName();
    }

    private static CaseView view(EscalationCase c) {
        List<HistoryView> history = CaseHistory.of(c.id).stream()
                .map(h -> new HistoryView(h.at, h.kind, h.tier, h.actor, h.detail)).toList();
        return CaseView.of(c, history);
    }
}
