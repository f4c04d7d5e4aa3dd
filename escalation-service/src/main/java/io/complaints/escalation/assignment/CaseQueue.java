package io.complaints.escalation.assignment;

import io.complaints.escalation.cases.EscalationCase;
import io.complaints.escalation.routing.HandlerLoad;
import io.complaints.escalation.routing.HandlerTier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The queue of each tier: cases nobody had room for, most severe first, then the longest waiting. A read
 * takes one row from an index (LIMIT 1), whatever the queue's length; SKIP LOCKED lets another replica take
 * the next case meanwhile instead of waiting for this one.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CaseQueue {

    static final Comparator<EscalationCase> ORDER = Comparator.<EscalationCase, String>comparing(c -> c.severity)
            .thenComparing(c -> c.queuedAt)
            .thenComparing(c -> c.id);

    private static final String NEXT = "SELECT * FROM escalation_case WHERE status = 'QUEUED' AND tier = :tier ";
    private static final String IN_ORDER = "ORDER BY severity, queued_at, id LIMIT 1 FOR UPDATE SKIP LOCKED";

    private final EntityManager entityManager;

    public CaseQueue(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * The next queued case this person may take, locked for this transaction. A specialist takes only
     * categories they have as skills: one indexed read per skill, the best of those wins (the others stay
     * locked until commit, so another replica passes over them for that moment).
     */
    public Optional<EscalationCase> nextFor(HandlerLoad handler) {
        entityManager.flush(); // cases assigned earlier in this transaction must not be read as queued
        if (handler.tier() != HandlerTier.SPECIALIST) {
            return first(entityManager.createNativeQuery(NEXT + IN_ORDER, EscalationCase.class)
                    .setParameter("tier", handler.tier().name())
                    .getResultList());
        }
        List<EscalationCase> heads = new ArrayList<>();
        for (String category : handler.skills()) {
            first(entityManager.createNativeQuery(NEXT + "AND category = :category " + IN_ORDER, EscalationCase.class)
                    .setParameter("tier", handler.tier().name())
                    .setParameter("category", category)
                    .getResultList()).ifPresent(heads::add);
        }
        return heads.stream().min(ORDER);
    }

    private static Optional<EscalationCase> first(List<?> rows) {
        return rows.isEmpty() ? Optional.empty() : Optional.of((EscalationCase) rows.get(0));
    }
}
