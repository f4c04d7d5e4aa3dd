package io.complaints.intake.complaint;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "intake")
public interface IntakeConfig {

    Dedup dedup();

    interface Dedup {
        /** How long the same customer sending the same text counts as a duplicate. */
        @WithDefault("PT24H")
        Duration window();
    }
}
