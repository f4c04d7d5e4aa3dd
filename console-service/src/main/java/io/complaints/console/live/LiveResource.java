package io.complaints.console.live;

import io.complaints.support.security.Roles;
import io.smallrye.mutiny.Multi;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestStreamElementType;

/** Server-sent events: one per changed complaint, so the screens update without a reload. */
@Path("/api/changes")
public class LiveResource {

    private final LiveUpdates updates;

    public LiveResource(LiveUpdates updates) {
        this.updates = updates;
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.OPS})
    public Multi<ComplaintChanged> changes() {
        return updates.stream();
    }
}
