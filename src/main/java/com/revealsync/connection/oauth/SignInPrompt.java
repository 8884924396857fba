package com.revealsync.connection.oauth;

import java.net.URI;

/**
 * Shows the user where to sign in. The console implementation prints the URL and opens a browser
 * when there is one; tests supply one that completes the embedded org's sign-in page over HTTP.
 * The redirect listener is already running when this is called.
 */
@FunctionalInterface
public interface SignInPrompt {

    /**
     * @param authorizeUrl the Salesforce authorization URL to open
     * @param who          the Lusha user signing in, for the message
     * @param openBrowser  false when the user asked for no browser ({@code --no-browser})
     */
    void show(URI authorizeUrl, String who, boolean openBrowser);
}
