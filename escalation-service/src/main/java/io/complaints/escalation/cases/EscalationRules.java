package io.complaints.escalation.cases;

import io.complaints.escalation.remedy.RemedyLimits;
import io.complaints.escalation.routing.HandlerTier;
import io.complaints.escalation.sla.BusinessHours;
import io.complaints.escalation.sla.SlaSchedule;
import jakarta.inject.Singleton;
import jakarta.enterprise.inject.Produces;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Builds the plain domain rules (SLA schedule, remedy limits) from configuration. */
public class EscalationRules {

    @Produces
    @Singleton
    SlaSchedule slaSchedule(EscalationConfig config) {
        Map<String, SlaSchedule.Targets> targets = new HashMap<>();
        config.sla().targets().forEach((severity, target) ->
                targets.put(severity, new SlaSchedule.Targets(target.acknowledge(), target.resolve())));
        EscalationConfig.BusinessHours hours = config.sla().businessHours();
        Optional<BusinessHours> businessHours = hours.enabled()
                ? Optional.of(new BusinessHours(ZoneId.of(hours.zone()), hours.opens(), hours.closes(), hours.days()))
                : Optional.empty();
        return new SlaSchedule(targets, config.sla().warningShare(), businessHours);
    }

    @Produces
    @Singleton
    RemedyLimits remedyLimits(EscalationConfig config) {
        Map<HandlerTier, Map<String, BigDecimal>> limits = new EnumMap<>(HandlerTier.class);
        config.remedy().limits().forEach((tier, limit) -> limits.put(HandlerTier.fromCode(tier), limit));
        return new RemedyLimits(limits);
    }
}
