package io.complaints.intake.complaint;

import java.util.Map;
import java.util.Optional;

/** Where a complaint is in the pipeline, as the events of the other services tell it. */
public enum ComplaintStatus {
    RECEIVED, TRIAGED, ASSIGNED, WAITING_FOR_HANDLER, RESOLVED, REOPENED, CLOSED;

    private static final Map<String, ComplaintStatus> BY_EVENT_TYPE = Map.of(
            "complaint.triaged", TRIAGED,
            "case.assigned", ASSIGNED,
            "case.queued", WAITING_FOR_HANDLER,
            "complaint.resolved", RESOLVED,
            "complaint.reopened", REOPENED,
            "followup.closed", CLOSED);

    /** The status an event type moves a complaint to; empty for events that do not change it. */
    public static Optional<ComplaintStatus> after(String eventType) {
        return Optional.ofNullable(BY_EVENT_TYPE.get(eventType));
    }
}
