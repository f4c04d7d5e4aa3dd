package io.complaints.intake.complaint;

import java.time.Instant;
import java.util.UUID;

/** A complaint as GET /complaints/{id} shows it. */
public record ComplaintView(
        UUID id,
        ComplaintStatus status,
        Instant statusChangedAt,
        Channel channel,
        ComplaintReceived.Customer customer,
        String subject,
        String message,
        String orderReference,
        String productReference,
        String language,
        String publicUrl,
        Instant submittedAt,
        Instant receivedAt,
        Source source,
        String externalId) {

    public static ComplaintView of(Complaint complaint) {
        return new ComplaintView(
                complaint.id,
                complaint.status,
                complaint.statusChangedAt,
                complaint.channel,
                ComplaintReceived.Customer.of(complaint),
                complaint.subject,
                complaint.message,
                complaint.orderReference,
                complaint.productReference,
                complaint.language,
                complaint.publicUrl,
                complaint.submittedAt,
                complaint.receivedAt,
                complaint.source,
                complaint.externalId);
    }
}
