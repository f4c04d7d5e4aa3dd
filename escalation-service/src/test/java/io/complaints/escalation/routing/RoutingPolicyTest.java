package io.complaints.escalation.routing;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RoutingPolicyTest {

    private static final RoutingPolicy POLICY = shippedPolicy();

    private static RoutingPolicy shippedPolicy() {
        try {
            return new ObjectMapper().readValue(RoutingPolicyTest.class.getResourceAsStream("/routing-policy.json"), RoutingPolicy.class);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static HandlerTier tier(String severity, String... flags) {
        return POLICY.route(severity, Set.of(flags), "delivery").tier();
    }

    @Test
    void p1GoesToAManager() {
        assertEquals(HandlerTier.MANAGER, tier("P1"));
    }

    @Test
    void legalOrRegulatorThreatsGoToAManagerWhateverTheSeverity() {
        assertEquals(HandlerTier.MANAGER, tier("P4", "legal_threat"));
        assertEquals(HandlerTier.MANAGER, tier("P3", "regulator_threat"));
    }

    @Test
    void aVipThreateningToLeaveGoesToAManagerButAVipAloneDoesNot() {
        assertEquals(HandlerTier.MANAGER, tier("P3", "vip", "churn_threat"));
        assertEquals(HandlerTier.FRONTLINE, tier("P3", "vip"));
    }

    @Test
    void p2AndRepeatComplainersGoToASpecialist() {
        assertEquals(HandlerTier.SPECIALIST, tier("P2"));
        assertEquals(HandlerTier.SPECIALIST, tier("P4", "repeat_complainer"));
    }

    @Test
    void everythingElseStartsAtTheFrontline() {
        RoutingPolicy.Decision decision = POLICY.route("P4", Set.of(), "other");
        assertEquals(HandlerTier.FRONTLINE, decision.tier());
        assertEquals("default", decision.rule());
        assertEquals(List.of(RoutingPolicy.RESOLVE), decision.tasks());
    }

    @Test
    void aPublicComplaintGetsAPublicAcknowledgementAndAPrivateFollowUp() {
        assertEquals(List.of(RoutingPolicy.PUBLIC_ACKNOWLEDGEMENT, RoutingPolicy.PRIVATE_FOLLOW_UP, RoutingPolicy.RESOLVE),
                POLICY.route("P4", Set.of("public_channel"), "other").tasks());
    }

    @Test
    void theFirstMatchingRuleWins() {
        assertEquals("p1-to-manager", POLICY.route("P1", Set.of("repeat_complainer"), "other").rule());
    }

    @Test
    void aRuleCanRouteByCategory() {
        RoutingPolicy policy = new RoutingPolicy(List.of(new RoutingPolicy.Rule("billing", null, null, null,
                Set.of("billing_refund"), HandlerTier.SPECIALIST)), HandlerTier.FRONTLINE, Set.of());
        assertEquals(HandlerTier.SPECIALIST, policy.route("P4", Set.of(), "billing_refund").tier());
        assertEquals(HandlerTier.FRONTLINE, policy.route("P4", Set.of(), "delivery").tier());
    }

    @Test
    void aPolicyWithoutTiersIsReported() {
        RoutingPolicy broken = new RoutingPolicy(List.of(new RoutingPolicy.Rule("", null, null, null, null, null)), null, null);
        assertEquals(3, broken.problems().size(), broken.problems().toString());
        assertTrue(POLICY.problems().isEmpty());
    }

    @Test
    void aRuleNameLongerThanTheCaseColumnIsReported() {
        RoutingPolicy tooLong = new RoutingPolicy(List.of(new RoutingPolicy.Rule("r".repeat(101), null, null, null, null,
                HandlerTier.MANAGER)), HandlerTier.FRONTLINE, null);
        assertEquals(List.of("rules[0].name is longer than 100 characters"), tooLong.problems());
    }

    @Test
    void tiersGoUpOneAtATimeAndStopAtTheTop() {
        assertEquals(HandlerTier.SPECIALIST, HandlerTier.FRONTLINE.next());
        assertEquals(HandlerTier.SENIOR_MANAGEMENT, HandlerTier.MANAGER.next());
        assertEquals(HandlerTier.SENIOR_MANAGEMENT, HandlerTier.SENIOR_MANAGEMENT.next());
        assertFalse(HandlerTier.MANAGER.next() == HandlerTier.MANAGER);
    }
}
