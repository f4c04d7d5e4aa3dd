package io.complaints.console.commands;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.UUID;

/**
 * escalation-service's REST API, called with the signed-in person's own bearer token; answers come back as
 * they are (escalation's problem+json included) rather than as exceptions.
 */
@RegisterRestClient(configKey = "escalation")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface EscalationApi {

    @POST
    @Path("/cases/{id}/acknowledge")
    Response acknowledge(@HeaderParam("Authorization") String authorization, @PathParam("id") UUID caseId, JsonNode body);

    @POST
    @Path("/cases/{id}/escalate")
    Response escalate(@HeaderParam("Authorization") String authorization, @PathParam("id") UUID caseId, JsonNode body);

    @POST
    @Path("/cases/{id}/resolve")
    Response resolve(@HeaderParam("Authorization") String authorization, @PathParam("id") UUID caseId, JsonNode body);

    @GET
    @Path("/handlers/{id}")
    Response handler(@HeaderParam("Authorization") String authorization, @PathParam("id") String handlerId);

    @PUT
    @Path("/handlers/{id}/shift")
    Response shift(@HeaderParam("Authorization") String authorization, @PathParam("id") String handlerId, JsonNode body);

    @GET
    @Path("/remedy-limits")
    Response remedyLimits(@HeaderParam("Authorization") String authorization);
}
