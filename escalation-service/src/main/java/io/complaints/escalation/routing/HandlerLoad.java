package io.complaints.escalation.routing;

import java.util.Set;

/** A person on the roster as assignment sees them: what they can take and how much they already hold. */
public record HandlerLoad(String id, String name, HandlerTier tier, Set<String> skills, Set<String> languages,
                          int capacity, boolean onShift, int openCases) {

    public boolean hasRoom() {
        return onShift && openCases < capacity;
    }

    public HandlerLoad withOneMoreCase() {
        return new HandlerLoad(id, name, tier, skills, languages, capacity, onShift, openCases + 1);
    }

    double loadRatio() {
        return capacity == 0 ? 1 : (double) openCases / capacity;
    }
}
