package io.complaints.triage.analysis;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FireSlangTest {

    @Test
    void fireEndingItsClauseAfterIsOrSoPraises() {
        assertEquals(Optional.of("is fire"), FireSlang.praise("the new breakfast burrito is fire"));
        assertEquals(Optional.of("straight fire"), FireSlang.praise("@TacoHut this playlist is straight fire 🔥"));
        assertEquals(Optional.of("is fire"), FireSlang.praise("your new menu is fire tho"));
        assertEquals(Optional.of("was fire"), FireSlang.praise("Last night's show was FIRE! thank you"));
    }

    @Test
    void aBlazeIsNoSlang() {
        assertEquals(Optional.empty(), FireSlang.praise("there is fire coming out of the socket"));
        assertEquals(Optional.empty(), FireSlang.praise("the kitchen was on fire and nobody came"));
        assertEquals(Optional.empty(), FireSlang.praise("the charger caught fire"));
        assertEquals(Optional.empty(), FireSlang.praise("the charger caught fire, the food was fire"), "one blaze is enough");
    }
}
