package io.complaints.triage.trend;

import java.time.Duration;

/**
 * When complaints about one product or category pile up: at least {@code threshold} within {@code window},
 * raised at most once per window for the same product or category (the seeds' product-recall early warning).
 */
public record TrendRule(Duration window, int threshold) {

    public boolean isSpike(long complaintsInWindow, boolean alreadyRaisedInWindow) {
        return complaintsInWindow >= threshold && !alreadyRaisedInWindow;
    }
}
