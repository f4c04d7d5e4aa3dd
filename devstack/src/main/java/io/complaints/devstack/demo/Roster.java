package io.complaints.devstack.demo;

/** The demo's support organisation: two agents, three specialists, two managers, one director. */
public final class Roster {

    private final String escalationUrl;
    private final String adminToken;

    /** Roster ids are the identity provider's user names (KeycloakServer's realm): a signed-in person is that handler. */
    public Roster(String escalationUrl, String adminToken) {
        this.escalationUrl = escalationUrl;
        this.adminToken = adminToken;
    }

    public void seed() {
        put("ana", "Ana Frontline", "frontline", "[]", "[\"en\", \"es\"]", 5);
        put("ben", "Ben Frontline", "frontline", "[]", "[\"en\"]", 5);
        put("dan", "Dan Delivery", "specialist", "[\"delivery\", \"product_quality\"]", "[\"en\", \"de\"]", 4);
        put("bea", "Bea Billing", "specialist", "[\"billing_refund\", \"account_technical\"]", "[\"en\", \"es\"]", 4);
        put("sol", "Sol Service", "specialist", "[\"service_behaviour\", \"unmet_expectations\", \"other\"]", "[\"en\"]", 4);
        put("mia", "Mia Manager", "manager", "[]", "[\"en\", \"es\"]", 6);
        put("max", "Max Manager", "manager", "[]", "[\"en\", \"de\"]", 6);
        put("sam", "Sam Director", "senior_management", "[]", "[\"en\"]", 10);
    }

    private void put(String id, String name, String tier, String skills, String languages, int capacity) {
        Http.Reply reply = Http.put(escalationUrl + "/handlers/" + id, """
                {"name": "%s", "tier": "%s", "skills": %s, "languages": %s, "capacity": %d, "onShift": true}"""
                .formatted(name, tier, skills, languages, capacity), adminToken);
        if (reply.status() != 200) {
            throw new IllegalStateException("Roster update failed: " + reply);
        }
    }
}
