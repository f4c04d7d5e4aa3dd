package io.complaints.intake.complaint;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.complaints.devstack.ContractSchemas;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertFalse;

/** The Java record intake publishes matches contracts/schemas/complaint-received.schema.json. */
class ComplaintReceivedContractTest {

    private final ObjectMapper json = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Test
    void aFullComplaintMatchesTheContract() throws Exception {
        Complaint complaint = complaint();
        complaint.customerName = "Ana Silva";
        complaint.customerEmail = "ana@example.com";
        complaint.customerLifetimeValue = new BigDecimal("1234.50");
        complaint.subject = "Broken blender";
        complaint.orderReference = "ORD-1";
        complaint.productReference = "SKU-9";
        complaint.language = "pt";
        complaint.publicUrl = "https://reviews.example.com/r/1";
        complaint.externalId = "crm-77";
        ContractSchemas.assertValid("complaint-received", json.writeValueAsString(ComplaintReceived.of(complaint)));
    }

    @Test
    void aMinimalComplaintMatchesTheContract() throws Exception {
        ContractSchemas.assertValid("complaint-received", json.writeValueAsString(ComplaintReceived.of(complaint())));
    }

    @Test
    void theContractRejectsAnUnknownChannel() throws Exception {
        String payload = json.writeValueAsString(ComplaintReceived.of(complaint())).replace("\"web\"", "\"fax\"");
        assertFalse(ContractSchemas.violations("complaint-received", payload).isEmpty());
    }

    private static Complaint complaint() {
        Complaint complaint = new Complaint();
        complaint.id = UUID.randomUUID();
        complaint.channel = Channel.WEB;
        complaint.customerId = "c-1";
        complaint.customerTier = "standard";
        complaint.message = "It broke on day one.";
        complaint.submittedAt = Instant.parse("2026-11-20T10:15:30Z");
        complaint.receivedAt = Instant.now();
        complaint.status = ComplaintStatus.RECEIVED;
        complaint.source = Source.REST;
        return complaint;
    }
}
