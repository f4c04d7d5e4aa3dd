package io.complaints.intake.complaint;

import io.complaints.support.outbox.DomainEvent;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** The complaints.received.v1 payload (contracts/schemas/complaint-received.schema.json). */
public record ComplaintReceived(
        UUID eventId,
        String type,
        UUID complaintId,
        Instant occurredAt,
        Channel channel,
        Customer customer,
        String subject,
        String message,
        String orderReference,
        String productReference,
        String language,
        String publicUrl,
        Instant submittedAt,
        Source source,
        String externalId) implements DomainEvent {

    public static final String TYPE = "complaint.received";

    /** The customer as events and GET /complaints/{id} show them. */
    public record Customer(String id, String name, String email, String tier, BigDecimal lifetimeValue) {
        static Customer of(Complaint complaint) {
            return new Customer(complaint.customerId, complaint.customerName, complaint.customerEmail,
                    complaint.customerTier, complaint.customerLifetimeValue);
        }
    }

    public static ComplaintReceived of(Complaint complaint) {
        return new ComplaintReceived(
                UUID.randomUUID(),
                TYPE,
                complaint.id,
                complaint.receivedAt,
                complaint.channel,
                Customer.of(complaint),
                complaint.subject,
                complaint.message,
                complaint.orderReference,
                complaint.productReference,
                complaint.language,
                complaint.publicUrl,
                complaint.submittedAt,
                complaint.source,
                complaint.externalId);
    }
}
