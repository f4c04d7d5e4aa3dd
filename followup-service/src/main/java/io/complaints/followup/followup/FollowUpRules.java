package io.complaints.followup.followup;

import io.complaints.followup.survey.CommentSentiment;
import io.complaints.followup.survey.SurveyVerdict;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Builds the plain domain rules from configuration. */
public class FollowUpRules {

    @Produces
    @Singleton
    FollowUpTiming timing(FollowUpConfig config) {
        return new FollowUpTiming(config.defaultDelay(), config.delays());
    }

    @Produces
    @Singleton
    SurveyVerdict verdict() {
        return new SurveyVerdict(CommentSentiment::compound);
    }
}
