package io.complaints.followup.followup;

import io.complaints.followup.survey.SurveyAnswer;
import io.complaints.followup.survey.SurveyVerdict;
import io.complaints.support.inbox.Inbox;
import io.complaints.support.outbox.Outbox;
import io.complaints.support.problem.NotFoundProblem;
import io.complaints.support.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * A follow-up's life: scheduled on resolution, requested when due (then reminded), and answered, which
 * closes the complaint or reopens it; expired when no answer comes. Each step and its events are one
 * transaction (outbox).
 */
@ApplicationScoped
public class FollowUps {

    public static final String RESOLVED_TOPIC = "complaints.resolved.v1";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Inbox inbox;
    private final Outbox outbox;
    private final FollowUpTiming timing;
    private final FollowUpConfig config;
    private final SurveyVerdict verdict;

    public FollowUps(Inbox inbox, Outbox outbox, FollowUpTiming timing, FollowUpConfig config, SurveyVerdict verdict) {
        this.inbox = inbox;
        this.outbox = outbox;
        this.timing = timing;
        this.config = config;
        this.verdict = verdict;
    }

    @Transactional
    public Optional<FollowUp> schedule(ComplaintResolved resolved) {
        if (!inbox.firstDelivery(resolved.eventId(), RESOLVED_TOPIC)) {
            return Optional.empty();
        }
        FollowUp followUp = new FollowUp();
        followUp.id = UUID.randomUUID();
        followUp.complaintId = resolved.complaintId();
        followUp.caseId = resolved.caseId();
        followUp.resolvedEventId = resolved.eventId();
        followUp.customerId = resolved.customer().id();
        followUp.customerName = resolved.customer().name();
        followUp.customerEmail = resolved.customer().email();
        followUp.customerTier = resolved.customer().tier();
        followUp.channel = resolved.channel();
        followUp.severity = resolved.severity();
        followUp.category = resolved.category();
        followUp.resolvedAt = resolved.occurredAt();
        followUp.dueAt = timing.dueAt(resolved.occurredAt(), resolved.severity(), resolved.channel());
        followUp.status = FollowUpStatus.SCHEDULED;
        followUp.surveyToken = newToken();
        followUp.persist();
        return Optional.of(followUp);
    }

    /** Called by the poller, in its transaction, for a follow-up that is due for its next step. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void advance(FollowUp followUp, Instant now) {
        if (followUp.status == FollowUpStatus.SCHEDULED) {
            followUp.status = FollowUpStatus.REQUESTED;
            followUp.requestedAt = now;
            send(followUp, "followup.requested", now);
        } else if (followUp.attempts <= config.reminders().count()) {
            send(followUp, "followup.reminded", now);
        } else {
            followUp.status = FollowUpStatus.EXPIRED;
            followUp.outcome = "no answer";
            followUp.nextAttemptAt = null;
            publish(followUp, "followup.expired", now, followUp.attempts, null);
        }
    }

    @Transactional
    public FollowUp answer(String token, SurveyAnswer answer) {
        FollowUp followUp = FollowUp.lockByToken(token)
                .orElseThrow(() -> new NotFoundProblem("No follow-up with this survey token"));
        if (followUp.answeredAt != null) {
            throw new ProblemException(409, "already-answered", "Survey already answered",
                    "This survey was answered at " + followUp.answeredAt);
        }
        if (followUp.status == FollowUpStatus.EXPIRED) {
            throw new ProblemException(409, "survey-expired", "Survey expired", "This survey is no longer open");
        }
        Instant now = Instant.now();
        followUp.answeredAt = now;
        followUp.csat = toShort(answer.csat());
        followUp.nps = toShort(answer.nps());
        followUp.ces = toShort(answer.ces());
        followUp.comment = answer.comment();
        followUp.nextAttemptAt = null;
        FollowUpEvents.Scores scores = new FollowUpEvents.Scores(answer.csat(), answer.nps(), answer.ces());
        Optional<String> reopenReason = verdict.reopenReason(answer);
        if (reopenReason.isPresent()) {
            followUp.status = FollowUpStatus.REOPENED;
            followUp.outcome = reopenReason.get();
            outbox.append(FollowUpEvents.REOPENED_TOPIC, followUp.complaintId, new FollowUpEvents.ComplaintReopened(
                    UUID.randomUUID(), FollowUpEvents.ComplaintReopened.TYPE, followUp.complaintId, now, followUp.id,
                    followUp.caseId, reopenReason.get(), answer.comment(), scores));
        } else {
            followUp.status = FollowUpStatus.CLOSED;
            followUp.outcome = "satisfied";
            publish(followUp, "followup.closed", now, Math.max(1, followUp.attempts), scores);
        }
        return followUp;
    }

    private void send(FollowUp followUp, String type, Instant now) {
        followUp.attempts++;
        followUp.nextAttemptAt = now.plus(config.reminders().interval());
        publish(followUp, type, now, followUp.attempts, null);
    }

    private void publish(FollowUp followUp, String type, Instant now, int attempt, FollowUpEvents.Scores scores) {
        outbox.append(FollowUpEvents.FOLLOWUP_TOPIC, followUp.complaintId, new FollowUpEvents.FollowUpEvent(
                UUID.randomUUID(), type, followUp.complaintId, now, followUp.id,
                new FollowUpEvents.Customer(followUp.customerId, followUp.customerName, followUp.customerEmail,
                        followUp.customerTier, null),
                followUp.channel, followUp.surveyToken, attempt, scores));
    }

    private static Short toShort(Integer value) {
        return value == null ? null : value.shortValue();
    }

    private static String newToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
