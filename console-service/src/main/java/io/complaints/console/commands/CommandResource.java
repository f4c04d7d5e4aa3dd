package io.complaints.console.commands;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.complaints.console.cases.CaseQueries;
import io.complaints.console.readmodel.ComplaintView;
import io.complaints.support.problem.NotFoundProblem;
import io.complaints.support.problem.ProblemException;
import io.complaints.support.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.util.UUID;
import java.util.function.Supplier;

/**
 * The console's commands, forwarded to escalation-service as the signed-in person: escalation decides whether
 * they may (their case, their tier's remedy limit) and its answer, problem+json included, is passed back.
 * The screens learn the outcome from the topics like everyone else.
 */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CommandResource {

    private final EscalationApi escalation;
    private final CaseQueries cases;
    private final JsonWebToken token;
    private final SecurityIdentity identity;
    private final ObjectMapper json;

    public CommandResource(@RestClient EscalationApi escalation, CaseQueries cases, JsonWebToken token,
                           SecurityIdentity identity, ObjectMapper json) {
        this.escalation = escalation;
        this.cases = cases;
        this.token = token;
        this.identity = identity;
        this.json = json;
    }

    @POST
    @Path("/cases/{complaintId}/acknowledge")
    @RolesAllowed({Roles.AGENT, Roles.MANAGER})
    public Response acknowledge(@PathParam("complaintId") UUID complaintId) {
        UUID caseId = caseOf(complaintId);
        return forward(() -> escalation.acknowledge(bearer(), caseId, json.createObjectNode()));
    }

    /** Body as escalation takes it: {"reason": "...", "fromTier": "..."}. */
    @POST
    @Path("/cases/{complaintId}/escalate")
    @RolesAllowed({Roles.AGENT, Roles.MANAGER})
    public Response escalate(@PathParam("complaintId") UUID complaintId, @NotNull JsonNode body) {
        UUID caseId = caseOf(complaintId);
        return forward(() -> escalation.escalate(bearer(), caseId, body));
    }

    /** Body as escalation takes it: {"note": "...", "remedy": {"type", "amount", "currency"}}. */
    @POST
    @Path("/cases/{complaintId}/resolve")
    @RolesAllowed({Roles.AGENT, Roles.MANAGER})
    public Response resolve(@PathParam("complaintId") UUID complaintId, @NotNull JsonNode body) {
        UUID caseId = caseOf(complaintId);
        return forward(() -> escalation.resolve(bearer(), caseId, body));
    }

    /** The signed-in person: their roles and, if they are on the roster, their tier, shift and remedy limits. */
    @GET
    @Path("/me")
    @RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.OPS, Roles.ADMIN})
    public Response me() {
        String me = identity.getPrincipal().getName();
        try {
            Response handler = escalation.handler(bearer(), me);
            Response limits = escalation.remedyLimits(bearer());
            JsonNode roster = handler.getStatus() == 200 ? json.readTree(handler.readEntity(String.class)) : null;
            JsonNode tierLimits = limits.getStatus() == 200 ? json.readTree(limits.readEntity(String.class)) : json.createArrayNode();
            return Response.ok(Signed.of(me, token.getGroups(), roster, tierLimits)).build();
        } catch (ProcessingException | JsonProcessingException e) {
            throw unavailable(e);
        }
    }

    /** Body: {"onShift": true|false}, for the signed-in person. */
    @PUT
    @Path("/me/shift")
    @RolesAllowed({Roles.AGENT, Roles.MANAGER})
    public Response shift(@NotNull JsonNode body) {
        return forward(() -> escalation.shift(bearer(), identity.getPrincipal().getName(), body));
    }

    private UUID caseOf(UUID complaintId) {
        ComplaintView view = cases.find(complaintId).orElseThrow(() -> new NotFoundProblem("No complaint " + complaintId));
        if (view.caseId == null) {
            throw new ProblemException(409, "no-case-yet", "No case yet", "Complaint " + complaintId + " has no case yet; it is " + view.status.toLowerCase());
        }
        return view.caseId;
    }

    private String bearer() {
        return "Bearer " + token.getRawToken();
    }

    private static Response forward(Supplier<Response> call) {
        Response answer;
        try {
            answer = call.get();
        } catch (ProcessingException e) {
            throw unavailable(e);
        }
        String body = answer.hasEntity() ? answer.readEntity(String.class) : null;
        Response.ResponseBuilder passed = Response.status(answer.getStatus()).entity(body);
        if (answer.getMediaType() != null) {
            passed.type(answer.getMediaType());
        }
        return passed.build();
    }

    private static ProblemException unavailable(Exception cause) {
        return new ProblemException(503, "escalation-unavailable", "escalation-service unavailable",
                "Could not reach escalation-service: " + cause.getMessage());
    }
}
