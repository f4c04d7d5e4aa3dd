package io.complaints.devstack;

import org.junit.jupiter.api.Test;

import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class KafkaBrokerClusterIdTest {

    @Test
    void clusterIdsNeverStartWithADashAndAreSixteenBytes() {
        // A random id starts with '-' once in 64; ten thousand draws miss that with odds of about 1e-68.
        for (int i = 0; i < 10_000; i++) {
            String id = KafkaBroker.randomClusterId();
            assertFalse(id.startsWith("-"), id);
            assertEquals(16, Base64.getUrlDecoder().decode(id).length, id);
        }
    }
}
