package io.complaints.triage.analysis;

import java.util.Locale;

/** The feeling that dominates a complaint, beside how angry it is. */
public enum Emotion {
    ANGER, FRUSTRATION, DISAPPOINTMENT, ANXIETY, CALM;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
