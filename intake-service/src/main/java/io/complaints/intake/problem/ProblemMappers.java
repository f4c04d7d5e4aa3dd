package io.complaints.intake.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.complaints.intake.complaint.IdempotencyKeyReusedException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;

/** Every error leaves the service as application/problem+json, never as a stack trace. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final String TYPE_BASE = "https://complaints.io/problems/";

    @ServerExceptionMapper
    public Response invalidFields(ConstraintViolationException e, UriInfo uri) {
        return problem(400, "invalid-request", "Invalid request", "One or more fields are invalid.", uri,
                FieldErrors.of(e.getConstraintViolations()));
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        FieldErrors.FieldError error = FieldErrors.of(e);
        return problem(400, "invalid-request", "Invalid request", "The body is not a valid complaint: " + error, uri,
                List.of(error));
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundProblem e, UriInfo uri) {
        return problem(404, "not-found", "Not found", e.getMessage(), uri, List.of());
    }

    @ServerExceptionMapper
    public Response idempotencyKeyReused(IdempotencyKeyReusedException e, UriInfo uri) {
        return problem(409, "idempotency-key-reused", "Idempotency-Key reused", e.getMessage(), uri, List.of());
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException unreadable) {
            return unreadableJson(unreadable, uri);
        }
        Response.StatusType status = e.getResponse().getStatusInfo();
        return problem(status.getStatusCode(), "http-" + status.getStatusCode(), status.getReasonPhrase(),
                e.getMessage(), uri, List.of());
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        LOG.error("Unexpected failure serving " + uri.getPath(), e);
        return problem(500, "internal-error", "Internal error", "The request could not be completed; it was logged.",
                uri, List.of());
    }

    private static Response problem(int status, String type, String title, String detail, UriInfo uri,
                                    List<FieldErrors.FieldError> errors) {
        return Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem(TYPE_BASE + type, title, status, detail, uri.getPath(), errors))
                .build();
    }
}
