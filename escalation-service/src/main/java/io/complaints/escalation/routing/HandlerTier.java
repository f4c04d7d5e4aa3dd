package io.complaints.escalation.routing;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** Who handles a case, from the first line up. */
public enum HandlerTier {
    FRONTLINE, SPECIALIST, MANAGER, SENIOR_MANAGEMENT;

    /** One tier up; senior management is the top. */
    public HandlerTier next() {
        return this == SENIOR_MANAGEMENT ? this : values()[ordinal() + 1];
    }

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static HandlerTier fromCode(String code) {
        for (HandlerTier tier : values()) {
            if (tier.code().equals(code)) {
                return tier;
            }
        }
        throw new IllegalArgumentException("unknown tier '" + code + "', expected frontline, specialist, manager or senior_management");
    }
}
