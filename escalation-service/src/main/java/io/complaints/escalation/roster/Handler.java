package io.complaints.escalation.roster;

import io.complaints.escalation.routing.HandlerTier;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** A person on the roster. */
@Entity
@Table(name = "handler")
public class Handler extends PanacheEntityBase {

    @Id
    public String id;
    public String name;
    @Enumerated(EnumType.STRING)
    public HandlerTier tier;
    /** Comma-separated complaint categories. */
    public String skills;
    /** Comma-separated ISO 639-1 codes. */
    public String languages;
    public int capacity;
    @Column(name = "on_shift")
    public boolean onShift;
    /** Kept by HandlerSlots with conditional UPDATEs; never written from this entity, so no update loses a claim. */
    @Column(name = "open_cases", updatable = false)
    public int openCases;

    public Set<String> skillSet() {
        return split(skills);
    }

    public Set<String> languageSet() {
        return split(languages);
    }

    public static String join(Set<String> values) {
        return values == null ? "" : values.stream().sorted().collect(Collectors.joining(","));
    }

    static Set<String> split(String joined) {
        return joined == null || joined.isBlank() ? Set.of() : Arrays.stream(joined.split(",")).collect(Collectors.toSet());
    }
}
