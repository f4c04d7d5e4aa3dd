package io.complaints.escalation.routing;

import io.complaints.support.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/routing-policy")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RoutingPolicyResource {

    private final RoutingPolicyStore store;

    public RoutingPolicyResource(RoutingPolicyStore store) {
        this.store = store;
    }

    @GET
    @RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.ADMIN, Roles.OPS})
    public RoutingPolicy get() {
        return store.current();
    }

    /** Replaces the whole policy; new cases are routed by it at once. */
    @PUT
    @RolesAllowed(Roles.ADMIN)
    public RoutingPolicy replace(@NotNull RoutingPolicy policy) {
        return store.replace(policy);
    }
}
