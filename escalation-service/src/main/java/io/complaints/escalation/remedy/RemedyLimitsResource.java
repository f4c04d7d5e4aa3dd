package io.complaints.escalation.remedy;

import io.complaints.escalation.routing.HandlerTier;
import io.complaints.support.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** What each tier may give without approval, so a remedy form can say so before the handler submits. */
@Path("/remedy-limits")
@Produces(MediaType.APPLICATION_JSON)
public class RemedyLimitsResource {

    private final RemedyLimits limits;

    public RemedyLimitsResource(RemedyLimits limits) {
        this.limits = limits;
    }

    /** {@code limits} null: the tier may give any amount; a currency missing from it: none in that currency. */
    public record TierLimits(HandlerTier tier, Map<String, BigDecimal> limits) {
    }

    @GET
    @RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.ADMIN, Roles.OPS})
    public List<TierLimits> list() {
        return Arrays.stream(HandlerTier.values()).map(tier -> new TierLimits(tier, limits.limits().get(tier))).toList();
    }
}
