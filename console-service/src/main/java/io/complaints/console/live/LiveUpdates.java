package io.complaints.console.live;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;

/**
 * Tells every open screen which complaints changed. The read model announces each change with PostgreSQL's
 * NOTIFY in its own transaction, so the news goes out at commit (a screen that reloads at once sees the change)
 * and reaches every console replica, whichever replica's consumer read the event. A heartbeat keeps idle
 * connections open through proxies.
 */
@ApplicationScoped
public class LiveUpdates {

    /** The channel ReadModel notifies on; the payload is the complaint id. */
    public static final String CHANNEL = "complaint_changed";
    static final Duration HEARTBEAT = Duration.ofSeconds(15);
    private static final Duration RETRY = Duration.ofSeconds(2);
    private static final int POLL_MILLIS = 500;
    private static final Logger LOG = Logger.getLogger(LiveUpdates.class);

    private final BroadcastProcessor<ComplaintChanged> changes = BroadcastProcessor.create();
    private final AgroalDataSource dataSource;
    private volatile boolean stopping;

    public LiveUpdates(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    void start(@Observes StartupEvent startup) {
        Thread listener = new Thread(this::listen, "complaint-changes");
        listener.setDaemon(true);
        listener.start();
    }

    void stop(@Observes ShutdownEvent shutdown) {
        stopping = true;
    }

    public Multi<ComplaintChanged> stream() {
        Multi<ComplaintChanged> heartbeat = Multi.createFrom().ticks().every(HEARTBEAT)
                .map(tick -> new ComplaintChanged(null, "heartbeat"));
        return Multi.createBy().merging().streams(changes, heartbeat);
    }

    private void listen() {
        while (!stopping) {
            try (Connection connection = dataSource.getConnection(); Statement listen = connection.createStatement()) {
                listen.execute("LISTEN " + CHANNEL);
                PGConnection postgres = connection.unwrap(PGConnection.class);
                try {
                    while (!stopping) {
                        PGNotification[] notifications = postgres.getNotifications(POLL_MILLIS);
                        if (notifications != null) {
                            for (PGNotification notification : notifications) {
                                changes.onNext(new ComplaintChanged(UUID.fromString(notification.getParameter()), "changed"));
                            }
                        }
                    }
                } finally {
                    listen.execute("UNLISTEN *"); // the connection goes back to the pool: nothing may pile up on it
                }
            } catch (SQLException | RuntimeException e) {
                if (!stopping) {
                    LOG.warnf("Listening for complaint changes failed (%s); listening again in %s", e.getMessage(), RETRY);
                    try {
                        Thread.sleep(RETRY.toMillis());
                    } catch (InterruptedException interrupted) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
        }
    }
}
