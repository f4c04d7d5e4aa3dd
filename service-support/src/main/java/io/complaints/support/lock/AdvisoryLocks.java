package io.complaints.support.lock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * PostgreSQL advisory locks held until the current transaction ends, named by a string (hashed to the
 * lock's 64-bit key). For work that has no row to lock: one name taken by several replicas at once.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AdvisoryLocks {

    private final EntityManager entityManager;

    public AdvisoryLocks(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Waits until no other transaction holds the name. */
    public void lock(String name) {
        entityManager.createNativeQuery("SELECT pg_advisory_xact_lock(hashtextextended(:name, 0))")
                .setParameter("name", name)
                .getSingleResult();
    }

    /** Takes the name if no other transaction holds it; false at once if one does. */
    public boolean tryLock(String name) {
        return (Boolean) entityManager.createNativeQuery("SELECT pg_try_advisory_xact_lock(hashtextextended(:name, 0))")
                .setParameter("name", name)
                .getSingleResult();
    }
}
