package io.complaints.escalation.routing;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AssignerTest {

    private static HandlerLoad person(String id, HandlerTier tier, Set<String> skills, Set<String> languages,
                                      int capacity, boolean onShift, int open) {
        return new HandlerLoad(id, id, tier, skills, languages, capacity, onShift, open);
    }

    @Test
    void theLeastLoadedFrontlineAgentWithRoomTakesTheCase() {
        List<HandlerLoad> roster = List.of(
                person("ann", HandlerTier.FRONTLINE, Set.of(), Set.of("en"), 4, true, 3),
                person("bob", HandlerTier.FRONTLINE, Set.of(), Set.of("en"), 4, true, 1),
                person("cid", HandlerTier.SPECIALIST, Set.of("delivery"), Set.of("en"), 4, true, 0));
        assertEquals("bob", Assigner.choose(roster, HandlerTier.FRONTLINE, "delivery", "en").orElseThrow().id());
    }

    @Test
    void loadIsMeasuredAgainstCapacity() {
        List<HandlerLoad> roster = List.of(
                person("small", HandlerTier.FRONTLINE, Set.of(), Set.of(), 2, true, 1),
                person("large", HandlerTier.FRONTLINE, Set.of(), Set.of(), 10, true, 2));
        assertEquals("large", Assigner.choose(roster, HandlerTier.FRONTLINE, "other", null).orElseThrow().id());
    }

    @Test
    void nobodyOffShiftOrAtCapacityIsChosen() {
        List<HandlerLoad> roster = List.of(
                person("full", HandlerTier.FRONTLINE, Set.of(), Set.of(), 2, true, 2),
                person("home", HandlerTier.FRONTLINE, Set.of(), Set.of(), 5, false, 0));
        assertEquals(Optional.empty(), Assigner.choose(roster, HandlerTier.FRONTLINE, "other", null));
    }

    @Test
    void aSpecialistNeedsTheCategoryAsASkill() {
        List<HandlerLoad> roster = List.of(
                person("billing", HandlerTier.SPECIALIST, Set.of("billing_refund"), Set.of("en"), 5, true, 0),
                person("delivery", HandlerTier.SPECIALIST, Set.of("delivery"), Set.of("en"), 5, true, 4));
        assertEquals("delivery", Assigner.choose(roster, HandlerTier.SPECIALIST, "delivery", "en").orElseThrow().id());
        assertTrue(Assigner.choose(roster, HandlerTier.SPECIALIST, "product_quality", "en").isEmpty());
    }

    @Test
    void someoneWhoSpeaksTheLanguageIsPreferredButNotRequired() {
        List<HandlerLoad> roster = List.of(
                person("en-only", HandlerTier.MANAGER, Set.of(), Set.of("en"), 5, true, 0),
                person("speaks-es", HandlerTier.MANAGER, Set.of(), Set.of("en", "es"), 5, true, 3));
        assertEquals("speaks-es", Assigner.choose(roster, HandlerTier.MANAGER, "other", "es").orElseThrow().id());
        assertEquals("en-only", Assigner.choose(roster, HandlerTier.MANAGER, "other", "pt").orElseThrow().id());
    }

    @Test
    void tiesAreBrokenByIdSoTheChoiceIsStable() {
        List<HandlerLoad> roster = List.of(
                person("zed", HandlerTier.FRONTLINE, Set.of(), Set.of(), 3, true, 0),
                person("amy", HandlerTier.FRONTLINE, Set.of(), Set.of(), 3, true, 0));
        assertEquals("amy", Assigner.choose(roster, HandlerTier.FRONTLINE, "other", null).orElseThrow().id());
    }

    @Test
    void theRankingGoesOnPastTheFirstChoiceInTheSameOrder() {
        List<HandlerLoad> roster = List.of(
                person("busy-speaker", HandlerTier.FRONTLINE, Set.of(), Set.of("de"), 4, true, 3),
                person("idle", HandlerTier.FRONTLINE, Set.of(), Set.of("en"), 4, true, 0),
                person("half", HandlerTier.FRONTLINE, Set.of(), Set.of("en"), 4, true, 2),
                person("full", HandlerTier.FRONTLINE, Set.of(), Set.of("de"), 4, true, 4),
                person("manager", HandlerTier.MANAGER, Set.of(), Set.of("de"), 4, true, 0));
        assertEquals(List.of("busy-speaker", "idle", "half"),
                Assigner.rank(roster, HandlerTier.FRONTLINE, "other", "de").stream().map(HandlerLoad::id).toList());
    }
}
