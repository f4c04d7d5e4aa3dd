package io.complaints.intake.complaint;

import io.complaints.support.lock.AdvisoryLocks;
import io.complaints.support.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * Accepts complaints: deduplicates them, stores them and queues their complaints.received.v1 event in the
 * same transaction, so an accepted complaint is never lost even if Kafka is down.
 */
@ApplicationScoped
public class ComplaintIntake {

    public static final String RECEIVED_TOPIC = "complaints.received.v1";

    private final Outbox outbox;
    private final IntakeConfig config;
    private final AdvisoryLocks locks;
    private final Clock clock;

    public ComplaintIntake(Outbox outbox, IntakeConfig config, AdvisoryLocks locks) {
        this.outbox = outbox;
        this.config = config;
        this.locks = locks;
        this.clock = Clock.systemUTC();
    }

    /** The complaint and whether this call created it (false: an earlier submission is returned). */
    public record Accepted(Complaint complaint, boolean created) {
    }

    @Transactional
    public Accepted accept(ComplaintSubmission submission, String idempotencyKey, Source source) {
        String fingerprint = ComplaintFingerprint.of(submission.customer().id(), submission.message());
        // Serialise concurrent submissions with the same key or from the same customer, so the checks
        // below cannot both miss and create two complaints.
        if (idempotencyKey != null) {
            locks.lock("key:" + idempotencyKey);
            Optional<Complaint> earlier = Complaint.findByIdempotencyKey(idempotencyKey);
            if (earlier.isPresent()) {
                if (!earlier.get().fingerprint.equals(fingerprint)) {
                    throw new IdempotencyKeyReusedException(idempotencyKey, earlier.get().id);
                }
                return new Accepted(earlier.get(), false);
            }
        }
        locks.lock("customer:" + submission.customer().id());
        Instant now = clock.instant();
        Optional<Complaint> duplicate = Complaint.findRecentDuplicate(
                submission.customer().id(), fingerprint, now.minus(config.dedup().window()));
        if (duplicate.isPresent()) {
            return new Accepted(duplicate.get(), false);
        }

        Complaint complaint = newComplaint(submission, idempotencyKey, source, fingerprint, now);
        complaint.persist();
        outbox.append(RECEIVED_TOPIC, complaint.id, ComplaintReceived.of(complaint));
        return new Accepted(complaint, true);
    }

    public Optional<Complaint> find(UUID id) {
        return Complaint.findByIdOptional(id);
    }

    /**
     * Records progress another service reported. Topics are not ordered with each other, so only an event
     * newer than the last change moves the status; replaying an event changes nothing.
     */
    @Transactional
    public void progress(UUID complaintId, String eventType, Instant occurredAt) {
        ComplaintStatus.after(eventType).ifPresent(status -> Complaint.update(
                "status = ?1, statusChangedAt = ?2 where id = ?3 and statusChangedAt < ?2", status, occurredAt, complaintId));
    }

    private static Complaint newComplaint(ComplaintSubmission submission, String idempotencyKey, Source source,
                                          String fingerprint, Instant now) {
        Complaint complaint = new Complaint();
        complaint.id = UUID.randomUUID();
        complaint.channel = submission.channel();
        complaint.customerId = submission.customer().id();
        complaint.customerName = submission.customer().name();
        complaint.customerEmail = submission.customer().email();
        complaint.customerTier = submission.customer().tierOrDefault();
        complaint.customerLifetimeValue = submission.customer().lifetimeValue();
        complaint.subject = submission.subject();
        complaint.message = submission.message();
        complaint.orderReference = submission.orderReference();
        complaint.productReference = submission.productReference();
        complaint.language = submission.language();
        complaint.publicUrl = submission.publicUrl();
        complaint.submittedAt = Optional.ofNullable(submission.occurredAt()).map(OffsetDateTime::toInstant).orElse(now);
        complaint.receivedAt = now;
        complaint.status = ComplaintStatus.RECEIVED;
        complaint.statusChangedAt = now;
        complaint.source = source;
        complaint.externalId = submission.externalId();
        complaint.idempotencyKey = idempotencyKey;
        complaint.fingerprint = fingerprint;
        return complaint;
    }
}
