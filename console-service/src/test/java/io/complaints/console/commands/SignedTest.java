package io.complaints.console.commands;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SignedTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LIMITS = """
            [{"tier": "frontline", "limits": {"EUR": 50}}, {"tier": "specialist", "limits": {"EUR": 250, "GBP": 220}},
             {"tier": "manager", "limits": null}, {"tier": "senior_management", "limits": null}]""";

    private static Signed of(String tier) throws Exception {
        JsonNode roster = JSON.readTree("{\"id\": \"x\", \"name\": \"X\", \"tier\": \"%s\", \"onShift\": true, \"openCases\": 2}".formatted(tier));
        return Signed.of("x", Set.of("agent"), roster, JSON.readTree(LIMITS));
    }

    @Test
    void aSpecialistSeesTheirLimitsAndThatAManagerApprovesMore() throws Exception {
        Signed specialist = of("specialist");
        assertEquals(new BigDecimal("250"), specialist.remedyLimits().get("EUR"));
        assertEquals(new BigDecimal("220"), specialist.remedyLimits().get("GBP"));
        assertFalse(specialist.unlimited());
        assertEquals("manager", specialist.approverTier());
        assertEquals("specialist", of("frontline").approverTier());
    }

    @Test
    void aManagerMayGiveAnyRemedy() throws Exception {
        Signed manager = of("manager");
        assertTrue(manager.unlimited());
        assertNull(manager.approverTier());
    }

    @Test
    void someoneNotOnTheRosterHasOnlyTheirRoles() {
        Signed ops = Signed.of("ops", Set.of("ops"), null, JSON.createArrayNode());
        assertNull(ops.tier());
        assertEquals(Set.of("ops"), ops.roles());
    }
}
