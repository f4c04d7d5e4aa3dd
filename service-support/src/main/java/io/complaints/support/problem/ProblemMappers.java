package io.complaints.support.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.complaints.support.retry.TransientFailures;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;
import java.util.Map;

/** Every error leaves a service as application/problem+json, never as a stack trace. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response invalidFields(ConstraintViolationException e, UriInfo uri) {
        return response(400, "invalid-request", "Invalid request", "One or more fields are invalid.", uri,
                FieldErrors.of(e.getConstraintViolations()), Map.of());
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        FieldErrors.FieldError error = FieldErrors.of(e);
        return response(400, "invalid-request", "Invalid request", "The body cannot be read: " + error, uri,
                List.of(error), Map.of());
    }

    @ServerExceptionMapper
    public Response signInRequired(UnauthorizedException e, UriInfo uri) {
        return Response.fromResponse(response(401, "unauthorized", "Sign-in required",
                "This needs a bearer token from the identity provider.", uri, List.of(), Map.of()))
                .header("WWW-Authenticate", "Bearer").build();
    }

    @ServerExceptionMapper
    public Response notAllowed(ForbiddenException e, UriInfo uri) {
        return response(403, "forbidden", "Not allowed", "Your roles do not allow this.", uri, List.of(), Map.of());
    }

    @ServerExceptionMapper
    public Response reported(ProblemException e, UriInfo uri) {
        return response(e.status(), e.type(), e.title(), e.getMessage(), uri, List.of(), e.extensions());
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException unreadable) {
            return unreadableJson(unreadable, uri);
        }
        Response.StatusType status = e.getResponse().getStatusInfo();
        return response(status.getStatusCode(), "http-" + status.getStatusCode(), status.getReasonPhrase(),
                e.getMessage(), uri, List.of(), Map.of());
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        if (TransientFailures.isTransient(e)) {
            // the database failing over, a deadlock: nothing was written, and the same request may succeed soon
            LOG.warnf("Passing failure serving %s: %s", uri.getPath(), e.getMessage());
            return Response.fromResponse(response(503, "temporarily-unavailable", "Temporarily unavailable",
                    "The request could not be completed just now and nothing was stored; try it again shortly.", uri,
                    List.of(), Map.of())).header("Retry-After", "1").build();
        }
        LOG.error("Unexpected failure serving " + uri.getPath(), e);
        return response(500, "internal-error", "Internal error", "The request could not be completed; it was logged.",
                uri, List.of(), Map.of());
    }

    private static Response response(int status, String type, String title, String detail, UriInfo uri,
                                     List<FieldErrors.FieldError> errors, Map<String, Object> extensions) {
        return Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem(type, title, status, detail, uri.getPath(), errors, extensions))
                .build();
    }
}
