package io.complaints.triage.preview;

import io.complaints.support.security.Roles;
import io.complaints.triage.analysis.ComplaintFacts;
import io.complaints.triage.analysis.Cue;
import io.complaints.triage.analysis.Flag;
import io.complaints.triage.analysis.TriageAnalyzer;
import io.complaints.triage.analysis.TriageResult;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Triage without storing anything: previews, back-testing a policy change on past complaints, measuring.
 * Each submission is read exactly as a received complaint would be, except that nothing is known of the
 * customer's other complaints (no repeat_complainer flag).
 */
@Path("/triage/analyze")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AnalyzeResource {

    public static final int MAX_SUBMISSIONS = 1_000;

    private final TriageAnalyzer analyzer;

    public AnalyzeResource(TriageAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** A triage as GET /triage/{id} shows it, without ids or timestamps. */
    public record Analysis(String severity, double severityPoints, double complaintConfidence, String category, String productReference,
                           String language, double sentimentScore, String sentimentLabel, double anger, String emotion,
                           double urgency, List<String> flags, List<Cue> explanation) {

        static Analysis of(Submission submission, TriageResult result) {
            return new Analysis(result.severity().name(), result.severityPoints(), result.complaintConfidence(), result.category().code(),
                    submission.productReference(), result.language(), result.sentiment().score(),
                    result.sentiment().label().name().toLowerCase(Locale.ROOT), result.anger(), result.emotion().code(),
                    result.urgency(), result.flags().stream().map(Flag::code).toList(), result.explanation());
        }
    }

    /** The triage of each submission, in the same order. */
    @POST
    @RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
    public List<Analysis> analyze(@NotNull @Size(max = MAX_SUBMISSIONS) List<@NotNull @Valid Submission> submissions) {
        List<TriageResult> results = analyzer.analyzeAll(submissions.stream().map(submission -> new ComplaintFacts(
                submission.subject(), submission.message(), submission.channel().isPublic() || submission.publicUrl() != null,
                submission.tier(), submission.lifetimeValue(), submission.productReference(), submission.language(), 0))
                .toList());
        List<Analysis> analyses = new ArrayList<>(results.size());
        for (int i = 0; i < results.size(); i++) {
            analyses.add(Analysis.of(submissions.get(i), results.get(i)));
        }
        return analyses;
    }
}
