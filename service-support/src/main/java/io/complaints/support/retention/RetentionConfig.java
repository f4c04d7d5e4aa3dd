package io.complaints.support.retention;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/**
 * How long published outbox rows and inbox rows are kept. Both hold customer data, and neither is needed
 * once Kafka no longer has the records they stand for, so keep them at least as long as the longest topic
 * retention (k8s/base/kafka-topics.yaml: 30 days): an inbox row purged while its record can still be
 * redelivered would let that record be handled twice.
 */
@ConfigMapping(prefix = "retention")
public interface RetentionConfig {

    @WithDefault("P31D")
    Duration publishedOutbox();

    @WithDefault("P31D")
    Duration inbox();

    /** Rows deleted per transaction, so a purge never holds many locks or a long transaction. */
    @WithDefault("1000")
    int batchSize();
}
