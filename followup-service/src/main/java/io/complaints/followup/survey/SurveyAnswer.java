package io.complaints.followup.survey;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/** A customer's answer: CSAT 1-5, NPS 0-10, CES 1-7 (each optional, at least one), a comment, and whether it is resolved. */
public record SurveyAnswer(
        @Min(1) @Max(5) Integer csat,
        @Min(0) @Max(10) Integer nps,
        @Min(1) @Max(7) Integer ces,
        @Size(max = 4000) String comment,
        Boolean resolved) {

    @AssertTrue(message = "give at least one of csat, nps or ces")
    public boolean isScored() {
        return csat != null || nps != null || ces != null;
    }
}
