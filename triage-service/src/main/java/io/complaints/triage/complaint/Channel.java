package io.complaints.triage.complaint;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Where the customer complained. */
public enum Channel {
    WEB, EMAIL, CHAT, PHONE, SOCIAL, REVIEW_SITE, API;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Channel fromCode(String code) {
        return Arrays.stream(values())
                .filter(channel -> channel.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown channel '" + code + "', expected one of " + codes()));
    }

    public static String codes() {
        return Arrays.stream(values()).map(Channel::code).collect(Collectors.joining(", "));
    }

    /** Complaints made in public, where others read them too. */
    public boolean isPublic() {
        return this == SOCIAL || this == REVIEW_SITE;
    }
}
