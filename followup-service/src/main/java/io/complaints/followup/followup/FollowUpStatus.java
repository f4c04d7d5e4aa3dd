package io.complaints.followup.followup;

public enum FollowUpStatus {
    SCHEDULED, REQUESTED, CLOSED, REOPENED, EXPIRED
}
