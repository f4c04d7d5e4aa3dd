package io.complaints.escalation.cases;

import io.complaints.escalation.routing.HandlerTier;

/**
 * Who may acknowledge, escalate or resolve a case: the person it is assigned to, or anyone of a higher tier
 * than the case (their specialist, a manager, senior management). A peer of the same tier may not take
 * someone else's case; a queued case is worked by the tier above until someone of its own tier gets it.
 */
final class WhoMayWork {

    private WhoMayWork() {
    }

    static boolean mayWork(String handlerId, HandlerTier handlerTier, String assigneeId, HandlerTier caseTier) {
        return handlerId.equals(assigneeId) || handlerTier.ordinal() > caseTier.ordinal();
    }
}
