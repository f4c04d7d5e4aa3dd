package io.complaints.escalation.cases;

public enum CaseStatus {
    /** Waiting in its tier's queue for someone with room. */
    QUEUED,
    ASSIGNED,
    ACKNOWLEDGED,
    RESOLVED;

    public boolean isOpen() {
        return this != RESOLVED;
    }

    /** Whether a case in this state takes up one of its assignee's slots. */
    public boolean holdsSlot() {
        return this == ASSIGNED || this == ACKNOWLEDGED;
    }
}
