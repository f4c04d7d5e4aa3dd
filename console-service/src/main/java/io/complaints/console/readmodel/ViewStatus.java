package io.complaints.console.readmodel;

/** Where a complaint stands, as the console shows it. */
public enum ViewStatus {
    RECEIVED, TRIAGED, QUEUED, ASSIGNED, ACKNOWLEDGED, RESOLVED, REOPENED;

    /** Open: still needs someone (everything but resolved). */
    public boolean open() {
        return this != RESOLVED;
    }
}
