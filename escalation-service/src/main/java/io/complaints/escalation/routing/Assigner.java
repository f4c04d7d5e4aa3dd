package io.complaints.escalation.routing;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Picks who takes a case in a tier: someone on shift with room; at specialist level only those with the
 * complaint's category as a skill; among them those who speak the complaint's language if any do; then the
 * least loaded (open cases relative to capacity), then the fewest open cases, then by id for a stable choice.
 */
public final class Assigner {

    private Assigner() {
    }

    public static Optional<HandlerLoad> choose(List<HandlerLoad> roster, HandlerTier tier, String category, String language) {
        List<HandlerLoad> eligible = roster.stream()
                .filter(handler -> handler.tier() == tier && handler.hasRoom())
                .filter(handler -> tier != HandlerTier.SPECIALIST || handler.skills().contains(category))
                .toList();
        List<HandlerLoad> speakers = eligible.stream()
                .filter(handler -> language != null && handler.languages().contains(language))
                .toList();
        return (speakers.isEmpty() ? eligible : speakers).stream()
                .min(Comparator.comparingDouble(HandlerLoad::loadRatio)
                        .thenComparingInt(HandlerLoad::openCases)
                        .thenComparing(HandlerLoad::id));
    }
}
