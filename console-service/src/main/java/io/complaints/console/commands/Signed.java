package io.complaints.console.commands;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The signed-in person as the screens need them: roles, and for a person on the roster their tier, shift,
 * the remedy they may give without approval and the tier that approves more.
 */
public record Signed(String id, Set<String> roles, String name, String tier, Boolean onShift, Integer openCases,
                     Map<String, BigDecimal> remedyLimits, boolean unlimited, String approverTier) {

    /**
     * @param roster     escalation's view of the person, or null when they are not on the roster
     * @param tierLimits escalation's remedy limits, tiers in order from frontline up
     */
    public static Signed of(String id, Set<String> roles, JsonNode roster, JsonNode tierLimits) {
        if (roster == null) {
            return new Signed(id, new TreeSet<>(roles), null, null, null, null, Map.of(), false, null);
        }
        String tier = roster.path("tier").asText();
        Map<String, BigDecimal> limits = new LinkedHashMap<>();
        boolean unlimited = true;
        String approver = null;
        boolean above = false;
        for (JsonNode entry : tierLimits) {
            if (above) {
                approver = entry.path("tier").asText();
                break;
            }
            if (entry.path("tier").asText().equals(tier)) {
                above = true;
                JsonNode own = entry.path("limits");
                unlimited = !own.isObject();
                own.fields().forEachRemaining(limit -> limits.put(limit.getKey(), limit.getValue().decimalValue()));
            }
        }
        return new Signed(id, new TreeSet<>(roles), roster.path("name").asText(null), tier, roster.path("onShift").asBoolean(),
                roster.path("openCases").asInt(), limits, unlimited, unlimited ? null : approver);
    }
}
