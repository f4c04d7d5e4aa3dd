package io.complaints.escalation.remedy;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

public enum RemedyType {
    APOLOGY(false), REFUND(true), REPLACEMENT(false), DISCOUNT(true), CREDIT(true), COMPLIMENTARY_SERVICE(false);

    private final boolean needsAmount;

    RemedyType(boolean needsAmount) {
        this.needsAmount = needsAmount;
    }

    /** Refunds, discounts and credits are money and must say how much. */
    public boolean needsAmount() {
        return needsAmount;
    }

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static RemedyType fromCode(String code) {
        for (RemedyType type : values()) {
            if (type.code().equals(code)) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown remedy '" + code
                + "', expected apology, refund, replacement, discount, credit or complimentary_service");
    }
}
