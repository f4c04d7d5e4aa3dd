package io.complaints.intake.complaint;

public enum ComplaintStatus {
    RECEIVED
}
