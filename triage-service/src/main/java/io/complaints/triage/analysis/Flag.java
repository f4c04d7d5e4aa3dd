package io.complaints.triage.analysis;

import java.util.Locale;

/** Risks a handler must see at a glance. */
public enum Flag {
    CHURN_THREAT, LEGAL_THREAT, REGULATOR_THREAT, PUBLIC_CHANNEL, REPEAT_COMPLAINER, VIP, HIGH_VALUE,
    POSSIBLE_ABUSE, SAFETY, NON_ENGLISH,
    /** More likely a question, a request or praise than a complaint: severity P4 unless a safety issue. */
    NOT_A_COMPLAINT;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
