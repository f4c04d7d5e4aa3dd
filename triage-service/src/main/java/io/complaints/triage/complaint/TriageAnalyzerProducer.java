package io.complaints.triage.complaint;

import io.complaints.triage.analysis.TriageAnalyzer;
import io.complaints.triage.analysis.TriagePolicy;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** Builds the analyzer once at start-up (the models take a moment to load) from the configured policy. */
public class TriageAnalyzerProducer {

    @Produces
    @ApplicationScoped
    @Startup
    TriageAnalyzer analyzer(TriageConfig config) {
        TriagePolicy defaults = TriagePolicy.defaults();
        TriagePolicy policy = new TriagePolicy(config.vipTiers(), config.highLifetimeValue(),
                config.repeat().afterPriorComplaints(), defaults.flagThreshold(), defaults.negativityWeight(),
                defaults.angerWeight(), defaults.urgencyWeight(), defaults.flagWeights(), defaults.alwaysP1(),
                config.severity().p1Points(), config.severity().p2Points(), config.severity().p3Points());
        return TriageAnalyzer.withPolicy(policy);
    }
}
