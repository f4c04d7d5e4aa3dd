package io.complaints.console.web;

import io.smallrye.config.ConfigMapping;

/** Where the browser signs in: the realm's address as the browser reaches it, and the console's public client. */
@ConfigMapping(prefix = "console.sign-in")
public interface SignInSettings {

    String url();

    String clientId();
}
