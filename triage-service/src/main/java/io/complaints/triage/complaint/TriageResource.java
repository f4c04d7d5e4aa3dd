package io.complaints.triage.complaint;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.type.TypeFactory;
import io.complaints.support.problem.NotFoundProblem;
import io.complaints.support.security.Roles;
import io.complaints.triage.analysis.Cue;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

@Path("/triage")
@Produces(MediaType.APPLICATION_JSON)
public class TriageResource {

    private final ObjectMapper json;

    public TriageResource(ObjectMapper json) {
        this.json = json;
    }

    /** A complaint's triage as the manager sees it: the verdict and every cue behind it. */
    public record TriageView(UUID complaintId, String severity, double severityPoints, double complaintConfidence, String category,
                             String productReference, String language, double sentimentScore, String sentimentLabel,
                             double anger, String emotion, double urgency, List<String> flags, List<Cue> explanation,
                             Instant receivedAt, Instant triagedAt) {
    }

    @GET
    @Path("/{complaintId}")
    @RolesAllowed({Roles.AGENT, Roles.MANAGER})
    public TriageView get(@PathParam("complaintId") UUID complaintId) throws JsonProcessingException {
        Triage triage = Triage.<Triage>findByIdOptional(complaintId)
                .orElseThrow(() -> new NotFoundProblem("No triage for complaint " + complaintId + " (yet)"));
        List<Cue> explanation = json.readValue(triage.explanation,
                TypeFactory.defaultInstance().constructCollectionType(List.class, Cue.class));
        List<String> flags = triage.flags.isEmpty() ? List.of() : Arrays.asList(triage.flags.split(","));
        return new TriageView(triage.complaintId, triage.severity, triage.severityPoints, triage.complaintConfidence, triage.category,
                triage.productReference, triage.language, triage.sentimentScore, triage.sentimentLabel, triage.anger,
                triage.emotion, triage.urgency, flags, explanation, triage.receivedAt, triage.triagedAt);
    }
}
