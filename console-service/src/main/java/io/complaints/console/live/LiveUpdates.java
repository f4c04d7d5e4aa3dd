package io.complaints.console.live;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import java.time.Duration;

/**
 * Tells every open screen which complaints changed, once the read model's transaction has committed (so a
 * screen that reloads at once sees the change). A heartbeat keeps idle connections open through proxies.
 */
@ApplicationScoped
public class LiveUpdates {

    static final Duration HEARTBEAT = Duration.ofSeconds(15);

    private final BroadcastProcessor<ComplaintChanged> changes = BroadcastProcessor.create();

    void onCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) ComplaintChanged changed) {
        changes.onNext(changed);
    }

    public Multi<ComplaintChanged> stream() {
        Multi<ComplaintChanged> heartbeat = Multi.createFrom().ticks().every(HEARTBEAT)
                .map(tick -> new ComplaintChanged(null, "heartbeat"));
        return Multi.createBy().merging().streams(changes, heartbeat);
    }
}
