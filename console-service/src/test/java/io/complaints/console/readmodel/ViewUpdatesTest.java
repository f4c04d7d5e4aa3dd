package io.complaints.console.readmodel;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.complaints.console.ConsoleTestStack;
import io.complaints.support.inbox.MalformedEventException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ViewUpdatesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");
    private static final Instant ACK_BY = T0.plus(Duration.ofHours(1));
    private static final Instant RESOLVE_BY = T0.plus(Duration.ofHours(8));

    private final UUID complaintId = UUID.randomUUID();
    private final UUID caseId = UUID.randomUUID();
    private final ComplaintView view = ComplaintView.empty(complaintId);

    private void apply(String topic, String json) {
        ViewUpdates.apply(view, ComplaintEvent.read(JSON, topic, json));
    }

    private String assigned(String type, Instant at, String reason, Instant acknowledgeBy) {
        return ConsoleTestStack.caseEvent(type, complaintId, caseId, at, "specialist", "sp-dan", reason, acknowledgeBy, RESOLVE_BY);
    }

    @Test
    void anOlderEventReadLaterDoesNotMoveTheStatusBack() {
        apply("complaints.assigned.v1", assigned("case.assigned", T0.plusSeconds(2), "initial", ACK_BY));
        apply("complaints.triaged.v1", ConsoleTestStack.triaged(complaintId, T0.plusSeconds(1), "P2", "billing_refund"));
        apply("complaints.received.v1", ConsoleTestStack.received(UUID.randomUUID(), complaintId, T0, "Zoe", "Charged twice"));
        assertEquals("ASSIGNED", view.status);
        assertEquals("P2", view.severity);
        assertEquals(0.97, view.complaintConfidence);
        assertEquals("Zoe", view.customerName);
        assertEquals("Charged twice", view.message);
        assertEquals("sp-dan", view.assigneeId);
    }

    @Test
    void aWarningCountsOnlyForTheDeadlineTheCaseHasNow() {
        apply("complaints.assigned.v1", assigned("case.assigned", T0, "initial", ACK_BY));
        apply("complaints.sla.v1", ConsoleTestStack.sla("sla.warning", complaintId, caseId, T0.plusSeconds(1), "acknowledge", ACK_BY.minusSeconds(600)));
        assertNull(view.acknowledgeSla, "a warning for an earlier clock");
        apply("complaints.sla.v1", ConsoleTestStack.sla("sla.warning", complaintId, caseId, T0.plusSeconds(1), "acknowledge", ACK_BY));
        assertEquals("warning", view.acknowledgeSla);
        apply("complaints.sla.v1", ConsoleTestStack.sla("sla.breached", complaintId, caseId, T0.plusSeconds(2), "acknowledge", ACK_BY));
        apply("complaints.sla.v1", ConsoleTestStack.sla("sla.warning", complaintId, caseId, T0.plusSeconds(1), "acknowledge", ACK_BY));
        assertEquals("breached", view.acknowledgeSla, "a warning read after the breach does not undo it");
        apply("complaints.assigned.v1", ConsoleTestStack.caseEvent("case.assigned", complaintId, caseId, T0.plusSeconds(3),
                "manager", "mg-mia", "sla.breached", ACK_BY.plusSeconds(3600), RESOLVE_BY));
        assertNull(view.acknowledgeSla, "the manager's clock starts green");
        assertEquals("manager", view.tier);
    }

    @Test
    void anAcknowledgedCaseMovedToAnotherPersonStaysAcknowledgedUntilItIsReopened() {
        apply("complaints.assigned.v1", assigned("case.acknowledged", T0.plusSeconds(5), "acknowledged", ACK_BY));
        apply("complaints.assigned.v1", assigned("case.assigned", T0.plusSeconds(6), "capacity.freed", ACK_BY));
        assertEquals("ACKNOWLEDGED", view.status);
        apply("complaints.resolved.v1", ConsoleTestStack.resolved(complaintId, caseId, T0.plusSeconds(7)));
        assertEquals("RESOLVED", view.status);
        assertEquals("refund 20.00 EUR", view.remedy);
        apply("complaints.reopened.v1", """
                {"eventId": "%s", "type": "complaint.reopened", "complaintId": "%s", "occurredAt": "%s", "reason": "not_resolved"}"""
                .formatted(UUID.randomUUID(), complaintId, T0.plusSeconds(8)));
        apply("complaints.assigned.v1", assigned("case.assigned", T0.plusSeconds(9), "reopened", ACK_BY));
        assertEquals("ASSIGNED", view.status);
        assertEquals(1, view.reopenCount);
        assertNull(view.resolvedAt);
    }

    @Test
    void surveyScoresAreKept() {
        apply("complaints.followup.v1", ConsoleTestStack.followUpClosed(complaintId, T0, 4, 9, 2));
        assertEquals(4, view.csat);
        assertEquals(9, view.nps);
        assertEquals(2, view.ces);
        assertEquals("answered", view.followUp);
        assertEquals("RECEIVED", view.status, "scores say nothing about status");
    }

    @Test
    void anEventTypeNotKnownYetChangesNothingButIsReadable() {
        apply("complaints.assigned.v1", """
                {"eventId": "%s", "type": "case.snoozed", "complaintId": "%s", "occurredAt": "%s"}""".formatted(UUID.randomUUID(), complaintId, T0));
        assertEquals("RECEIVED", view.status);
    }

    @Test
    void aRecordWithoutTheEnvelopeIsUnreadable() {
        assertThrows(MalformedEventException.class, () -> ComplaintEvent.read(JSON, "t", "not json"));
        assertThrows(MalformedEventException.class, () -> ComplaintEvent.read(JSON, "t", "[1]"));
        assertThrows(MalformedEventException.class, () -> ComplaintEvent.read(JSON, "t",
                "{\"eventId\": \"%s\", \"type\": \"x\", \"complaintId\": \"%s\"}".formatted(UUID.randomUUID(), UUID.randomUUID())));
        assertThrows(MalformedEventException.class, () -> ComplaintEvent.read(JSON, "t",
                "{\"eventId\": \"x\", \"type\": \"x\", \"complaintId\": \"%s\", \"occurredAt\": \"%s\"}".formatted(UUID.randomUUID(), T0)));
    }
}
