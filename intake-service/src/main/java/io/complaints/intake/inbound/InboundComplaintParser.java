package io.complaints.intake.inbound;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.complaints.intake.complaint.ComplaintSubmission;
import io.complaints.support.problem.FieldErrors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.util.Set;
import java.util.stream.Collectors;

/** Turns a complaints.inbound.v1 record value into a valid submission, or says exactly why it cannot. */
@ApplicationScoped
public class InboundComplaintParser {

    private final ObjectMapper json;
    private final Validator validator;

    public InboundComplaintParser(ObjectMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    public ComplaintSubmission parse(String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInboundComplaintException("empty record value");
        }
        ComplaintSubmission submission;
        try {
            submission = json.readValue(value, ComplaintSubmission.class);
        } catch (JsonProcessingException e) {
            throw new InvalidInboundComplaintException("not a complaint: " + FieldErrors.describe(e));
        }
        if (submission == null) {
            throw new InvalidInboundComplaintException("not a complaint: null");
        }
        Set<ConstraintViolation<ComplaintSubmission>> violations = validator.validate(submission);
        if (!violations.isEmpty()) {
            throw new InvalidInboundComplaintException("invalid complaint: " + FieldErrors.of(violations).stream()
                    .map(FieldErrors.FieldError::toString)
                    .collect(Collectors.joining("; ")));
        }
        return submission;
    }
}
