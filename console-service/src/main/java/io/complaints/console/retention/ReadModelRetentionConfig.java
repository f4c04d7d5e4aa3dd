package io.complaints.console.retention;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How long the console keeps a resolved complaint (its view and timeline) and a trend spike. */
@ConfigMapping(prefix = "console.retention")
public interface ReadModelRetentionConfig {

    /** Longer than a follow-up's survey window, so a reopen still finds its complaint's story. */
    @WithDefault("P90D")
    Duration keep();

    @WithDefault("1000")
    int batchSize();
}
