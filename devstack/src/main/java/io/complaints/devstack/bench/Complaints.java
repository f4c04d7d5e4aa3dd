package io.complaints.devstack.bench;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Complaints for the bench: realistic texts, each one different so intake's deduplication keeps them all. */
final class Complaints {

    private static final List<String> CHANNELS = List.of("email", "web", "chat", "phone", "social", "review_site");
    private static final List<String> TIERS = List.of("standard", "standard", "standard", "gold", "vip");
    private static final List<String> MESSAGES = List.of(
            "My order %d never arrived and I want a refund now! This is the third time I write.",
            "I was charged twice for order %d, please fix it today.",
            "The blender from order %d cracked on first use and the jug leaks everywhere. Poor quality.",
            "Hello, parcel %d arrived two days later than promised. Not a big deal, just letting you know.",
            "The agent on the phone about order %d was rude and hung up on me. Unprofessional.",
            "I cannot log in to my account since order %d, the password reset link gives an error.",
            "The charger from order %d overheated and started to smoke. This is dangerous!",
            "Still waiting for the refund of order %d after three weeks. I will cancel my membership.",
            "Order %d: wrong size delivered and the return label does not work.",
            "My lawyer will take legal action if the double charge on order %d is not reversed.");
    private static final List<String> SEVERITIES = List.of("P4", "P4", "P4", "P4", "P4", "P3", "P3", "P3", "P2", "P1");
    private static final List<String> CATEGORIES = List.of("delivery", "billing_refund", "product_quality",
            "service_behaviour", "account_technical", "unmet_expectations", "other");

    private Complaints() {
    }

    /** A POST /complaints body (or a complaints.inbound.v1 value when externalId is given). */
    static String submission(long sequence, String externalId) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String message = MESSAGES.get((int) (sequence % MESSAGES.size())).formatted(100_000 + sequence);
        return """
                {"externalId": %s, "channel": "%s", "customer": {"id": "bench-%d", "name": "Bench Customer", "email": "bench@example.com", "tier": "%s"},
                 "subject": "Order %d", "message": "%s"}"""
                .formatted(externalId == null ? "null" : "\"" + externalId + "\"", CHANNELS.get(random.nextInt(CHANNELS.size())),
                        random.nextInt(1_000_000), TIERS.get(random.nextInt(TIERS.size())), 100_000 + sequence, message);
    }

    /** A complaints.triaged.v1 value as triage publishes it, for feeding escalation alone. */
    static String triaged(UUID complaintId) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return """
                {"eventId": "%s", "type": "complaint.triaged", "complaintId": "%s", "occurredAt": "%s",
                 "channel": "email", "customer": {"id": "bench-%d", "name": "Bench Customer", "email": "bench@example.com", "tier": "standard", "lifetimeValue": 900},
                 "subject": "Order", "language": "en", "sentiment": {"score": -0.6, "label": "negative"}, "anger": 0.4,
                 "emotion": "anger", "urgency": 0.2, "category": "%s", "productReference": null, "severity": "%s",
                 "severityPoints": 3.1, "flags": [], "explanation": []}"""
                .formatted(UUID.randomUUID(), complaintId, Instant.now(), random.nextInt(1_000_000),
                        CATEGORIES.get(random.nextInt(CATEGORIES.size())), SEVERITIES.get(random.nextInt(SEVERITIES.size())));
    }
}
