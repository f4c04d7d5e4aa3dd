package io.complaints.support.problem;

import java.util.LinkedHashMap;
import java.util.Map;

/** An error a service reports on purpose; ProblemMappers turns it into application/problem+json. */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final Map<String, Object> extensions = new LinkedHashMap<>();

    public ProblemException(int status, String type, String title, String detail) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
    }

    /** Adds a member to the problem body, e.g. the tier that may approve a remedy. */
    public ProblemException with(String name, Object value) {
        extensions.put(name, value);
        return this;
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public Map<String, Object> extensions() {
        return extensions;
    }
}
