package io.complaints.console.web;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** What the page needs before anyone has signed in: where to sign in. */
@Path("/api/settings")
public class SettingsResource {

    private final SignInSettings signIn;

    public SettingsResource(SignInSettings signIn) {
        this.signIn = signIn;
    }

    public record Settings(String realmUrl, String clientId) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @PermitAll
    public Settings settings() {
        return new Settings(signIn.url(), signIn.clientId());
    }
}
