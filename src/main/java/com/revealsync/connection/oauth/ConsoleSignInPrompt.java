package com.revealsync.connection.oauth;

import java.io.PrintWriter;
import java.net.URI;

/** Prints the authorization URL and opens a browser when there is one. */
public final class ConsoleSignInPrompt implements SignInPrompt {

    private final PrintWriter out;

    public ConsoleSignInPrompt(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void show(URI authorizeUrl, String who, boolean openBrowser) {
        out.println("Sign in to Salesforce as the Salesforce user of " + who + " at this URL:");
        out.println();
        out.println("  " + authorizeUrl);
        out.println();
        boolean opened = openBrowser && BrowserOpener.open(authorizeUrl);
        out.println(opened ? "A browser window was opened for it. Waiting for the sign-in (Ctrl-C to cancel)..."
                : "Open it in a browser on this machine. Waiting for the sign-in (Ctrl-C to cancel)...");
        out.flush();
    }
}
