package io.complaints.support.retention;

import java.util.function.BooleanSupplier;
import java.util.function.IntSupplier;

/** Purging in small batches: a batch that came back full is followed by another, until one does not. */
public final class RepeatedBatches {

    private RepeatedBatches() {
    }

    /**
     * @param batch    one batch of work (its own transaction), returning how many rows it handled
     * @param stopping checked before each batch: the service is shutting down
     * @return how many rows all batches handled
     */
    public static long whileFull(int batchSize, BooleanSupplier stopping, IntSupplier batch) {
        long total = 0;
        int handled;
        do {
            if (stopping.getAsBoolean()) {
                break;
            }
            handled = batch.getAsInt();
            total += handled;
        } while (handled == batchSize);
        return total;
    }
}
