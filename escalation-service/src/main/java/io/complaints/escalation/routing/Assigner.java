package io.complaints.escalation.routing;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Picks who takes a case in a tier: someone on shift with room; at specialist level only those with the
 * complaint's category as a skill; among them those who speak the complaint's language if any do; then the
 * least loaded (open cases relative to capacity), then the fewest open cases, then by id for a stable choice.
 * The ranking goes on past the first choice because a slot is only claimed afterwards, and another replica
 * may have taken the first choice's last one in between.
 */
public final class Assigner {

    private Assigner() {
    }

    public static Optional<HandlerLoad> choose(List<HandlerLoad> roster, HandlerTier tier, String category, String language) {
        return rank(roster, tier, category, language).stream().findFirst();
    }

    /** Everyone who may take the case, best choice first. */
    public static List<HandlerLoad> rank(List<HandlerLoad> roster, HandlerTier tier, String category, String language) {
        Comparator<HandlerLoad> leastLoaded = Comparator.comparingDouble(HandlerLoad::loadRatio)
                .thenComparingInt(HandlerLoad::openCases)
                .thenComparing(HandlerLoad::id);
        Comparator<HandlerLoad> speakersFirst = Comparator.comparing(handler -> !speaks(handler, language));
        return roster.stream()
                .filter(handler -> mayTake(handler, tier, category))
                .sorted(speakersFirst.thenComparing(leastLoaded))
                .toList();
    }

    /** Whether this person may hold a case of that tier and category at all (room aside). */
    public static boolean mayTake(HandlerLoad handler, HandlerTier tier, String category) {
        return handler.tier() == tier && handler.hasRoom()
                && (tier != HandlerTier.SPECIALIST || handler.skills().contains(category));
    }

    private static boolean speaks(HandlerLoad handler, String language) {
        return language != null && handler.languages().contains(language);
    }
}
