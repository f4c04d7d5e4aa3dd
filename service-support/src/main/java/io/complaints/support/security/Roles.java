package io.complaints.support.security;

/**
 * The roles a bearer token carries (Keycloak realm roles, or the {@code groups} claim), as every service's
 * {@code @RolesAllowed} names them. Customers have none: they answer a survey with its one-time token.
 */
public final class Roles {

    /** Systems and web forms that post complaints. */
    public static final String INTAKE = "intake";
    /** Frontline agents and specialists: their own cases. */
    public static final String AGENT = "agent";
    /** Managers and senior management: any case, approvals above an agent's remedy limit. */
    public static final String MANAGER = "manager";
    /** The roster and the routing policy. */
    public static final String ADMIN = "admin";
    /** Read-only: dashboards, reports, dead letters and parked work. */
    public static final String OPS = "ops";

    private Roles() {
    }
}
