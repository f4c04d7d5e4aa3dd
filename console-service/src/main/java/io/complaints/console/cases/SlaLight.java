package io.complaints.console.cases;

import java.time.Instant;

/**
 * The colour of one SLA clock on a screen: green while it runs, amber from escalation's warning (80 % of the
 * target), red from the breach or once the deadline has passed, done once the target was met.
 */
public enum SlaLight {
    NONE, OK, WARNING, BREACHED, DONE;

    /**
     * @param deadline  when the target falls due (null: no clock)
     * @param reported  what escalation reported for this deadline: null, "warning" or "breached"
     * @param stoppedAt when the target was met (acknowledged, resolved), or null
     */
    public static SlaLight of(Instant deadline, String reported, Instant stoppedAt, Instant now) {
        if (stoppedAt != null) {
            return "breached".equals(reported) || (deadline != null && stoppedAt.isAfter(deadline)) ? BREACHED : DONE;
        }
        if (deadline == null) {
            return NONE;
        }
        if ("breached".equals(reported) || !now.isBefore(deadline)) {
            return BREACHED;
        }
        return "warning".equals(reported) ? WARNING : OK;
    }
}
