package io.complaints.support.outbox;

import jakarta.enterprise.context.ApplicationScoped;
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

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("outbox");
        try {
            OutboxBacklog backlog = OutboxBacklog.measure();
            response.up().withData("pending", backlog.pending())
                    .withData("oldestPendingAgeSeconds", backlog.oldestPendingAgeSeconds())
                    .withData("parked", backlog.parked());
        } catch (RuntimeException e) {
            response.down().withData("error", String.valueOf(e.getMessage()));
        }
        return response.build();
    }
}
