package io.complaints.support.outbox;

import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/** CloudEvents 1.0 Kafka binary-mode headers, so any CloudEvents SDK can read our records. */
public final class CloudEventHeaders {

    public static final String SPEC_VERSION = "1.0";
    public static final String TYPE_PREFIX = "io.complaints.";
    public static final String TYPE_SUFFIX = ".v1";
    /** When the event happened, ISO-8601 in UTC. */
    public static final String TIME = "ce_time";

    private CloudEventHeaders() {
    }

    public static Headers of(UUID id, String eventType, String source, Instant time) {
        RecordHeaders headers = new RecordHeaders();
        add(headers, "ce_specversion", SPEC_VERSION);
        add(headers, "ce_id", id.toString());
        add(headers, "ce_type", TYPE_PREFIX + eventType + TYPE_SUFFIX);
        add(headers, "ce_source", source);
        add(headers, TIME, DateTimeFormatter.ISO_INSTANT.format(time));
        add(headers, "content-type", "application/json");
        return headers;
    }

    private static void add(Headers headers, String key, String value) {
        headers.add(key, value.getBytes(StandardCharsets.UTF_8));
    }
}
