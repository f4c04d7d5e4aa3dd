package io.complaints.escalation.routing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.complaints.support.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;

/**
 * The routing policy lives in this service's database (one JSON document), seeded from
 * {@code routing-policy.json} on first use; PUT /routing-policy replaces it for every replica at once.
 */
@ApplicationScoped
public class RoutingPolicyStore {

    private static final String DEFAULT_RESOURCE = "/routing-policy.json";
    private static final int ROW = 1;

    private final EntityManager entityManager;
    private final ObjectMapper json;
    private volatile Parsed parsed;
    private volatile RoutingPolicy defaults;

    public RoutingPolicyStore(EntityManager entityManager, ObjectMapper json) {
        this.entityManager = entityManager;
        this.json = json;
    }

    /**
     * The policy in force. Every case reads the stored document (one row by key), so a PUT on any replica
     * applies at once everywhere; it is parsed again only when its text changed.
     */
    @Transactional
    public RoutingPolicy current() {
        List<?> rows = entityManager.createNativeQuery("SELECT document FROM routing_policy WHERE id = :id")
                .setParameter("id", ROW).getResultList();
        if (rows.isEmpty()) {
            return defaults();
        }
        String document = (String) rows.get(0);
        Parsed last = parsed;
        if (last != null && last.document().equals(document)) {
            return last.policy();
        }
        try {
            RoutingPolicy policy = json.readValue(document, RoutingPolicy.class);
            parsed = new Parsed(document, policy);
            return policy;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The stored routing policy cannot be read", e);
        }
    }

    @Transactional
    public RoutingPolicy replace(RoutingPolicy policy) {
        List<String> problems = policy.problems();
        if (!problems.isEmpty()) {
            throw new ProblemException(400, "invalid-routing-policy", "Invalid routing policy", String.join("; ", problems));
        }
        try {
            entityManager.createNativeQuery("INSERT INTO routing_policy (id, document, updated_at) VALUES (:id, :doc, :at) "
                            + "ON CONFLICT (id) DO UPDATE SET document = EXCLUDED.document, updated_at = EXCLUDED.updated_at")
                    .setParameter("id", ROW)
                    .setParameter("doc", json.writeValueAsString(policy))
                    .setParameter("at", Instant.now())
                    .executeUpdate();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return policy;
    }

    private RoutingPolicy defaults() {
        RoutingPolicy seeded = defaults;
        if (seeded == null) {
            try (InputStream in = RoutingPolicyStore.class.getResourceAsStream(DEFAULT_RESOURCE)) {
                seeded = json.readValue(in, RoutingPolicy.class);
                defaults = seeded;
            } catch (IOException e) {
                throw new UncheckedIOException("Default routing policy " + DEFAULT_RESOURCE + " unreadable", e);
            }
        }
        return seeded;
    }

    private record Parsed(String document, RoutingPolicy policy) {
    }
}
