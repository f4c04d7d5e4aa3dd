package io.complaints.support.problem;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;
import java.util.Map;

/** An RFC 9457 problem detail, the body of every error response. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"type", "title", "status", "detail", "instance", "errors"})
public final class Problem {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://complaints.io/problems/";

    private final String type;
    private final String title;
    private final int status;
    private final String detail;
    private final String instance;
    private final List<FieldErrors.FieldError> errors;
    private final Map<String, Object> extensions;

    public Problem(String type, String title, int status, String detail, String instance,
                   List<FieldErrors.FieldError> errors, Map<String, Object> extensions) {
        this.type = TYPE_BASE + type;
        this.title = title;
        this.status = status;
        this.detail = detail;
        this.instance = instance;
        this.errors = errors;
        this.extensions = extensions;
    }

    public String getType() {
        return type;
    }

    public String getTitle() {
        return title;
    }

    public int getStatus() {
        return status;
    }

    public String getDetail() {
        return detail;
    }

    public String getInstance() {
        return instance;
    }

    public List<FieldErrors.FieldError> getErrors() {
        return errors;
    }

    @JsonAnyGetter
    public Map<String, Object> getExtensions() {
        return extensions;
    }
}
