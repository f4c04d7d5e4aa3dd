package io.complaints.intake.complaint;

import com.fasterxml.jackson.annotation.JsonValue;

/** How a complaint reached intake. */
public enum Source {
    REST("rest"), INBOUND_TOPIC("inbound-topic");

    private final String code;

    Source(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }
}
