package io.complaints.support.outbox;

import io.complaints.support.due.FailingRows;
import io.complaints.support.due.ParkingConfig;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;

/** The outbox's rows that failed to publish on their own, parked for ops after repeated failures. */
public class OutboxParking {

    public static final String KIND = "outbox";

    @Produces
    @Singleton
    @Identifier(KIND)
    FailingRows outboxFailures(EntityManager entityManager, ParkingConfig config, MeterRegistry registry) {
        return new FailingRows(KIND, "outbox_event", entityManager, config, registry);
    }
}
