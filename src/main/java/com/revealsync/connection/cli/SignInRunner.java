package com.revealsync.connection.cli;

import com.revealsync.connection.Connection;
import com.revealsync.connection.ConnectionService;
import com.revealsync.connection.oauth.ConsoleSignInPrompt;
import com.revealsync.connection.oauth.OAuthSettings;
import com.revealsync.connection.oauth.SignInPrompt;
import java.io.PrintWriter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Builds a {@link ConnectionService.SignIn} for a command: the console prompt (or a
 * {@link SignInPrompt} bean, which tests provide to sign in headless) and the timeout.
 */
@Component
class SignInRunner {

    private final ObjectProvider<SignInPrompt> promptBean;
    private final OAuthSettings settings;

    SignInRunner(ObjectProvider<SignInPrompt> promptBean, OAuthSettings settings) {
        this.promptBean = promptBean;
        this.settings = settings;
    }

    ConnectionService.SignIn signIn(SignInOptions options, PrintWriter out) {
        SignInPrompt prompt = promptBean.getIfAvailable(() -> new ConsoleSignInPrompt(out));
        return new ConnectionService.SignIn(prompt, !options.noBrowser,
                options.timeout != null ? options.timeout : settings.signInTimeout());
    }

    static void printConnected(PrintWriter out, String verb, Connection c) {
        out.println(verb + " " + c.user() + " to Salesforce user " + c.salesforceUserId() + " in org "
                + c.salesforceOrgId() + " (" + c.environment().label() + ", instance " + c.instanceUrl() + ").");
        out.flush();
    }
}
