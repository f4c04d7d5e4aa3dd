package io.complaints.support.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** Names the invalid fields of a request the way a caller wrote them ({@code customer.email}). */
public final class FieldErrors {

    private FieldErrors() {
    }

    public record FieldError(String field, String message) {
        @Override
        public String toString() {
            return field + ": " + message;
        }
    }

    public static List<FieldError> of(Collection<? extends ConstraintViolation<?>> violations) {
        return violations.stream()
                .map(violation -> new FieldError(fieldName(violation.getPropertyPath()), violation.getMessage()))
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
                .toList();
    }

    public static FieldError of(JsonProcessingException e) {
        String field = e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()
                ? mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[")
                : "body";
        return new FieldError(field, rootMessage(e));
    }

    public static String describe(JsonProcessingException e) {
        return of(e).toString();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root instanceof JsonProcessingException json) {
            return json.getOriginalMessage();
        }
        return root.getMessage();
    }

    /** Drops the method and request-body parameter nodes Bean Validation puts in front of a field's path. */
    static String fieldName(Path path) {
        String parameter = null;
        StringBuilder field = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
            } else if (node.getKind() == ElementKind.PROPERTY) {
                if (node.getIndex() != null) {
                    field.append('[').append(node.getIndex()).append(']');
                }
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        if (!field.isEmpty()) {
            return field.toString();
        }
        return parameter != null ? parameter : path.toString();
    }
}
