package io.complaints.support.due;

import io.complaints.support.problem.NotFoundProblem;
import io.complaints.support.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Background work this service parked after repeated failures (outbox rows and its own), for ops. */
@Path("/ops/parked")
@Produces(MediaType.APPLICATION_JSON)
public class ParkedResource {

    private final Instance<FailingRows> tables;

    public ParkedResource(@Any Instance<FailingRows> tables) {
        this.tables = tables;
    }

    /** Parked items of every kind, oldest first per kind, with the error that parked them. */
    @GET
    @RolesAllowed({Roles.OPS, Roles.ADMIN})
    public List<FailingRows.ParkedItem> list(@QueryParam("limit") @DefaultValue("100") int limit) {
        List<FailingRows.ParkedItem> parked = new ArrayList<>();
        tables.forEach(table -> parked.addAll(table.parked(Math.max(1, Math.min(limit, 1000)))));
        return parked;
    }

    /** Puts a parked item back into the work, after whatever failed it was fixed. */
    @POST
    @RolesAllowed(Roles.ADMIN)
    @Path("/{kind}/{id}/retry")
    public void retry(@PathParam("kind") String kind, @PathParam("id") UUID id) {
        FailingRows table = tables.stream().filter(candidate -> candidate.kind().equals(kind)).findFirst()
                .orElseThrow(() -> new NotFoundProblem("No background work of kind " + kind));
        if (!table.retry(id)) {
            throw new NotFoundProblem("No parked " + kind + " " + id);
        }
    }
}
