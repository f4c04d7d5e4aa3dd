package io.complaints.followup.followup;

import io.complaints.followup.survey.SurveyAnswer;
import io.complaints.support.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Path("/followups")
@Produces(MediaType.APPLICATION_JSON)
public class FollowUpResource {

    private final FollowUps followUps;

    public FollowUpResource(FollowUps followUps) {
        this.followUps = followUps;
    }

    /** Without the survey token: it is the customer's key to answer, and goes only to the notification system. */
    public record FollowUpView(UUID id, UUID complaintId, UUID caseId, FollowUpStatus status, String channel,
                               String severity, String category, Instant resolvedAt, Instant dueAt, int attempts,
                               Instant requestedAt, Instant answeredAt, Integer csat, Integer nps, Integer ces,
                               String comment, String outcome) {
        static FollowUpView of(FollowUp f) {
            return new FollowUpView(f.id, f.complaintId, f.caseId, f.status, f.channel, f.severity, f.category,
                    f.resolvedAt, f.dueAt, f.attempts, f.requestedAt, f.answeredAt, toInt(f.csat), toInt(f.nps),
                    toInt(f.ces), f.comment, f.outcome);
        }

        private static Integer toInt(Short value) {
            return value == null ? null : value.intValue();
        }
    }

    /** The follow-ups of a complaint, one per resolution. */
    @GET
    @Path("/{complaintId}")
    @RolesAllowed({Roles.AGENT, Roles.MANAGER})
    public List<FollowUpView> forComplaint(@PathParam("complaintId") UUID complaintId) {
        return FollowUp.forComplaint(complaintId).stream().map(FollowUpView::of).toList();
    }

    /** The customer's answer, with no sign-in: the one-time token is the credential; it answers once (409 after that). */
    @POST
    @PermitAll
    @Path("/{token}/response")
    @Consumes(MediaType.APPLICATION_JSON)
    public FollowUpView respond(@PathParam("token") String token, @NotNull @Valid SurveyAnswer answer) {
        return FollowUpView.of(followUps.answer(token, answer));
    }
}
