package io.complaints.intake.complaint;

import io.complaints.support.problem.NotFoundProblem;
import io.complaints.support.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.util.UUID;

@Path("/complaints")
@Produces(MediaType.APPLICATION_JSON)
public class ComplaintResource {

    private final ComplaintIntake intake;

    public ComplaintResource(ComplaintIntake intake) {
        this.intake = intake;
    }

    /** 201 with the new complaint, or 200 with the original when this is a repeat of an earlier submission. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.INTAKE, Roles.AGENT, Roles.MANAGER})
    public Response submit(@NotNull @Valid ComplaintSubmission submission,
                           @HeaderParam("Idempotency-Key") @Size(max = 200) String idempotencyKey,
                           @Context UriInfo uri) {
        ComplaintIntake.Accepted accepted = intake.accept(submission, idempotencyKey, Source.REST);
        ComplaintView view = ComplaintView.of(accepted.complaint());
        Response.ResponseBuilder response = accepted.created() ? Response.status(Response.Status.CREATED) : Response.ok();
        return response.location(uri.getBaseUriBuilder().path("complaints").path(view.id().toString()).build())
                .entity(view)
                .build();
    }

    /** The customer's details and words: staff who handle complaints only. */
    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.AGENT, Roles.MANAGER})
    public ComplaintView get(@PathParam("id") UUID id) {
        return intake.find(id).map(ComplaintView::of)
                .orElseThrow(() -> new NotFoundProblem("No complaint " + id));
    }
}
