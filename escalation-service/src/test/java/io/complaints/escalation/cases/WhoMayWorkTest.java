package io.complaints.escalation.cases;

import org.junit.jupiter.api.Test;

import static io.complaints.escalation.routing.HandlerTier.FRONTLINE;
import static io.complaints.escalation.routing.HandlerTier.MANAGER;
import static io.complaints.escalation.routing.HandlerTier.SENIOR_MANAGEMENT;
import static io.complaints.escalation.routing.HandlerTier.SPECIALIST;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WhoMayWorkTest {

    @Test
    void theAssigneeMayWorkTheirCase() {
        assertTrue(WhoMayWork.mayWork("ana", FRONTLINE, "ana", FRONTLINE));
    }

    @Test
    void aPeerOfTheSameTierMayNot() {
        assertFalse(WhoMayWork.mayWork("ben", FRONTLINE, "ana", FRONTLINE));
        assertFalse(WhoMayWork.mayWork("ben", FRONTLINE, null, FRONTLINE));
    }

    @Test
    void anyoneOfAHigherTierMay() {
        assertTrue(WhoMayWork.mayWork("dan", SPECIALIST, "ana", FRONTLINE));
        assertTrue(WhoMayWork.mayWork("sam", SENIOR_MANAGEMENT, "mia", MANAGER));
        assertFalse(WhoMayWork.mayWork("ana", FRONTLINE, "mia", MANAGER), "nor a lower one");
    }
}
