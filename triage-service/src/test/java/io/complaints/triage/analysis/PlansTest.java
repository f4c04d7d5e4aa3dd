package io.complaints.triage.analysis;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlansTest {

    @Test
    void whatTheWriterIsAboutToDoIsAPlan() {
        assertTrue(Plans.onlyTold("@NetLine switching over to the new router tonight"));
        assertTrue(Plans.onlyTold("@AirLux flying with you for the first time next week"));
        assertTrue(Plans.onlyTold("@PowerGrid I'm moving house next month, how do I transfer my account"));
        assertTrue(Plans.onlyTold("just setting up direct debits today"));
        assertTrue(Plans.onlyTold("@Starbucks trying the new oat milk drink today"));
    }

    @Test
    void aStepOfTheConversationWithSupportIsAPlan() {
        assertTrue(Plans.onlyTold("@SkyWays DM'd you my confirmation number"));
        assertTrue(Plans.onlyTold("@ShopCo DM sent"));
        assertTrue(Plans.onlyTold("@SkyWays please follow back so I can DM you"));
        assertFalse(Plans.onlyTold("@ShopCo DM sent 3 days ago"), "unanswered");
        assertFalse(Plans.onlyTold("@ShopCo still waiting for a reply to my DM"), "still");
        assertFalse(Plans.onlyTold("@ShopCo DM'd you, nobody has answered"), "a negation");
    }

    @Test
    void troubleTimeGoneByOrANegationIsNoPlan() {
        assertFalse(Plans.onlyTold("@AcmeAir waiting at the gate since 6am, flight leaves tonight"), "a trouble verb");
        assertFalse(Plans.onlyTold("@CloudDrive moving my files over, nothing has synced"), "no time ahead");
        assertFalse(Plans.onlyTold("@NetLine switching over to the new router tonight, it won't connect"), "a negation");
        assertFalse(Plans.onlyTold("@NetStream watching it again tonight since the app crashed"), "again");
        assertFalse(Plans.onlyTold("@TelcoUK trying to get through to someone today"), "trying to");
    }

    @Test
    void aWordInIngThatIsNoVerbOfTheWriterIsNoPlan() {
        assertFalse(Plans.onlyTold("Everything arrived broken today"));
        assertFalse(Plans.onlyTold("@QuickShip tracking number is QS448812, expected tomorrow"));
        assertFalse(Plans.onlyTold("Morning, my train is cancelled now"));
    }
}
