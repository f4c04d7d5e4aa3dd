package io.complaints.support.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Reports the outbox in readiness: how many events wait for Kafka, how old the oldest is, and how many are
 * parked. A backlog does not make the service unready (the outbox exists so that it can take work while
 * Kafka is away); it is there for whoever looks, and for alerts on its age.
 */
@Readiness
@ApplicationScoped
public class OutboxHealth implements HealthCheck {

    private final EntityManager entityManager;

    public OutboxHealth(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("outbox");
        try {
            Object[] row = QuarkusTransaction.requiringNew().call(() -> (Object[]) entityManager.createNativeQuery(
                    "SELECT count(*) FILTER (WHERE parked_at IS NULL), "
                            + "COALESCE(EXTRACT(EPOCH FROM now() - min(created_at) FILTER (WHERE parked_at IS NULL)), 0), "
                            + "count(*) FILTER (WHERE parked_at IS NOT NULL) FROM outbox_event WHERE published_at IS NULL")
                    .getSingleResult());
            response.up().withData("pending", ((Number) row[0]).longValue())
                    .withData("oldestPendingAgeSeconds", ((Number) row[1]).longValue())
                    .withData("parked", ((Number) row[2]).longValue());
        } catch (RuntimeException e) {
            response.down().withData("error", String.valueOf(e.getMessage()));
        }
        return response.build();
    }
}
