package io.complaints.console.cases;

import io.complaints.support.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.List;
import java.util.UUID;

/** The queue, the signed-in handler's cases, and one case's story. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Transactional
public class CaseResource {

    private static final String CODE = "[a-z_]{1,40}";

    private final CaseQueries queries;
    private final SecurityIdentity identity;

    public CaseResource(CaseQueries queries, SecurityIdentity identity) {
        this.queries = queries;
        this.identity = identity;
    }

    /** Open cases, most severe and soonest due first; every filter optional. */
    @GET
    @Path("/queue")
    @RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.OPS})
    public List<CaseViews.QueueRow> queue(@QueryParam("tier") @Pattern(regexp = CODE) String tier,
                                          @QueryParam("severity") @Pattern(regexp = "P[1-4]") String severity,
                                          @QueryParam("category") @Pattern(regexp = CODE) String category,
                                          @QueryParam("channel") @Pattern(regexp = CODE) String channel,
                                          @QueryParam("language") @Pattern(regexp = "[a-z]{2,3}") String language) {
        return queries.queue(new CaseQueries.QueueFilter(tier, severity, category, channel, language));
    }

    @GET
    @Path("/my-cases")
    @RolesAllowed({Roles.AGENT, Roles.MANAGER})
    public List<CaseViews.QueueRow> myCases() {
        return queries.assignedTo(identity.getPrincipal().getName());
    }

    @GET
    @Path("/cases/{complaintId}")
    @RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.OPS})
    public CaseViews.CaseDetail get(@PathParam("complaintId") UUID complaintId) {
        return queries.detail(complaintId);
    }
}
