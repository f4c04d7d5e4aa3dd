package io.complaints.console.live;

import java.util.UUID;

/** A complaint's view changed; screens that show it reload it. */
public record ComplaintChanged(UUID complaintId, String type) {
}
