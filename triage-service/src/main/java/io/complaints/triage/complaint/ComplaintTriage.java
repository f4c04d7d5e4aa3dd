package io.complaints.triage.complaint;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.complaints.support.inbox.Inbox;
import io.complaints.support.lock.AdvisoryLocks;
import io.complaints.support.outbox.Outbox;
import io.complaints.triage.analysis.ComplaintFacts;
import io.complaints.triage.analysis.Flag;
import io.complaints.triage.analysis.TriageAnalyzer;
import io.complaints.triage.analysis.TriageResult;
import io.complaints.triage.trend.TrendWatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Triages a received complaint: analyses it, stores the triage and queues complaints.triaged.v1 in one
 * transaction. A redelivered event, or another event for an already triaged complaint, changes nothing.
 */
@ApplicationScoped
public class ComplaintTriage {

    public static final String RECEIVED_TOPIC = "complaints.received.v1";
    public static final String TRIAGED_TOPIC = "complaints.triaged.v1";

    private final TriageAnalyzer analyzer;
    private final Inbox inbox;
    private final Outbox outbox;
    private final TrendWatch trends;
    private final AdvisoryLocks locks;
    private final TriageConfig config;
    private final ObjectMapper json;

    public ComplaintTriage(TriageAnalyzer analyzer, Inbox inbox, Outbox outbox, TrendWatch trends, AdvisoryLocks locks,
                           TriageConfig config, ObjectMapper json) {
        this.analyzer = analyzer;
        this.inbox = inbox;
        this.outbox = outbox;
        this.trends = trends;
        this.locks = locks;
        this.config = config;
        this.json = json;
    }

    /** What the sentence-embedding model reads of these complaints, read side by side ahead of triaging them. */
    public TriageAnalyzer.Readings read(List<ComplaintReceived> complaints) {
        return analyzer.read(complaints.stream().map(received -> facts(received, 0)).toList());
    }

    /**
     * The new triage, or empty when this complaint was triaged before; what {@link #read} read of it stands in
     * for the embedding model where the triage needs it.
     */
    @Transactional
    public Optional<Triage> triage(ComplaintReceived received, TriageAnalyzer.Readings readings) {
        if (!inbox.firstDelivery(received.eventId(), RECEIVED_TOPIC)
                || Triage.findByIdOptional(received.complaintId()).isPresent()) {
            return Optional.empty();
        }
        // After as well as before: a partition lagging behind lets a customer's later complaint be triaged first,
        // and the earlier one, triaged next, is then where the repeat shows. The lock makes replicas triaging one
        // customer's complaints at once take turns, so the second counts the first.
        locks.lock(customerLock(received.customer().id()));
        Instant receivedAt = received.occurredAt();
        long others = Triage.countForCustomerBetween(received.customer().id(),
                receivedAt.minus(config.repeat().window()), receivedAt.plus(config.repeat().window()));
        TriageResult result = analyzer.analyze(facts(received, others), readings);

        Triage triage = toTriage(received, result);
        triage.persist();
        ComplaintTriaged event = toEvent(received, triage, result);
        outbox.append(TRIAGED_TOPIC, received.complaintId(), event);
        trends.check(triage);
        return Optional.of(triage);
    }

    static String customerLock(String customerId) {
        return "customer:" + customerId;
    }

    private static ComplaintFacts facts(ComplaintReceived received, long otherComplaints) {
        return new ComplaintFacts(received.subject(), received.message(),
                received.channel().isPublic() || received.publicUrl() != null, received.customer().tier(),
                received.customer().lifetimeValue(), received.productReference(), received.language(), otherComplaints);
    }

    private Triage toTriage(ComplaintReceived received, TriageResult result) {
        Triage triage = new Triage();
        triage.complaintId = received.complaintId();
        triage.eventId = UUID.randomUUID();
        triage.customerId = received.customer().id();
        triage.customerTier = received.customer().tier();
        triage.channel = received.channel().code();
        triage.language = result.language();
        triage.sentimentScore = result.sentiment().score();
        triage.sentimentLabel = lower(result.sentiment().label().name());
        triage.anger = result.anger();
        triage.emotion = result.emotion().code();
        triage.urgency = result.urgency();
        triage.category = result.category().code();
        triage.productReference = received.productReference();
        triage.severity = result.severity().name();
        triage.severityPoints = result.severityPoints();
        triage.complaintConfidence = result.complaintConfidence();
        triage.flags = String.join(",", flagCodes(result));
        triage.explanation = writeJson(result.explanation());
        triage.receivedAt = received.occurredAt();
        triage.triagedAt = Instant.now();
        return triage;
    }

    private static ComplaintTriaged toEvent(ComplaintReceived received, Triage triage, TriageResult result) {
        return new ComplaintTriaged(triage.eventId, ComplaintTriaged.TYPE, triage.complaintId, triage.triagedAt,
                received.channel(), received.customer(), received.subject(), triage.language,
                new ComplaintTriaged.Sentiment(triage.sentimentScore, triage.sentimentLabel),
                triage.anger, triage.emotion, triage.urgency, triage.category, triage.productReference,
                triage.severity, triage.severityPoints, triage.complaintConfidence, flagCodes(result), result.explanation());
    }

    private static List<String> flagCodes(TriageResult result) {
        return result.flags().stream().map(Flag::code).toList();
    }

    private String writeJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
