package io.complaints.escalation.roster;

import io.complaints.escalation.routing.HandlerLoad;
import io.complaints.escalation.routing.HandlerTier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.List;

/**
 * The handlers' case slots. A slot is claimed by a conditional UPDATE of the handler's kept load: the row
 * lock it takes serialises only claims on that one person, and the condition is checked again on the
 * committed row, so two replicas never both take someone's last slot and unrelated cases never wait for
 * each other. Every query here reads the roster of one tier, never the cases.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class HandlerSlots {

    private static final String LOAD_COLUMNS = "SELECT id, name, tier, skills, languages, capacity, on_shift, open_cases FROM handler ";

    private final EntityManager entityManager;

    public HandlerSlots(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The people of a tier who are on shift and have room, with their loads as last committed. */
    public List<HandlerLoad> withRoom(HandlerTier tier) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(LOAD_COLUMNS + "WHERE tier = :tier AND on_shift AND open_cases < capacity")
                .setParameter("tier", tier.name())
                .getResultList();
        return rows.stream().map(HandlerSlots::toLoad).toList();
    }

    /** This person's load now, as the slot owner sees it after its own claims and releases. */
    public HandlerLoad load(String handlerId) {
        return toLoad((Object[]) entityManager.createNativeQuery(LOAD_COLUMNS + "WHERE id = :id")
                .setParameter("id", handlerId)
                .getSingleResult());
    }

    /** Takes one of the person's free slots; false when they are full or off shift by now. */
    public boolean claim(String handlerId) {
        return entityManager.createNativeQuery(
                        "UPDATE handler SET open_cases = open_cases + 1 WHERE id = :id AND on_shift AND open_cases < capacity")
                .setParameter("id", handlerId)
                .executeUpdate() == 1;
    }

    /** Gives a slot back: a case the person held was resolved or moved up. */
    public void release(String handlerId) {
        entityManager.createNativeQuery("UPDATE handler SET open_cases = open_cases - 1 WHERE id = :id AND open_cases > 0")
                .setParameter("id", handlerId)
                .executeUpdate();
    }

    /** The people of any tier with a free slot, for the sweep that hands out what a race left queued. */
    public List<String> idsWithRoom() {
        @SuppressWarnings("unchecked")
        List<String> ids = entityManager.createNativeQuery(
                "SELECT id FROM handler WHERE on_shift AND open_cases < capacity ORDER BY id").getResultList();
        return ids;
    }

    private static HandlerLoad toLoad(Object[] row) {
        return new HandlerLoad((String) row[0], (String) row[1], HandlerTier.valueOf((String) row[2]),
                Handler.split((String) row[3]), Handler.split((String) row[4]), ((Number) row[5]).intValue(),
                (Boolean) row[6], ((Number) row[7]).intValue());
    }
}
