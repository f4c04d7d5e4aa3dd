package io.complaints.triage.analysis;

/** P1 is the most severe: it goes to a manager at once. */
public enum Severity {
    P1, P2, P3, P4
}
