package com.revealsync.connection.oauth;

import com.revealsync.cli.UserError;
import java.io.IOException;
import java.net.BindException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The OAuth 2.0 web-server flow with PKCE, as command-line Salesforce tools run it: listen on a
 * loopback port, send the user to {@code /services/oauth2/authorize}, wait for the redirect, check
 * its {@code state}, and exchange the code (with the PKCE verifier) for tokens. Stores nothing:
 * the caller stores the grant only once everything has succeeded.
 */
public class ConnectFlow {

    private static final Logger log = LoggerFactory.getLogger(ConnectFlow.class);

    private final OAuthClient oauth;
    private final OAuthSettings settings;
    private final SecureRandom random;

    public ConnectFlow(OAuthClient oauth, OAuthSettings settings, SecureRandom random) {
        this.oauth = oauth;
        this.settings = settings;
        this.random = random;
    }

    /**
     * Runs one sign-in.
     *
     * @throws UserError when the sign-in times out, is denied, comes back with a wrong state, or
     *         the code exchange is refused
     */
    public TokenGrant signIn(URI loginUrl, String who, SignInPrompt prompt, boolean openBrowser, Duration timeout) {
        Pkce pkce = Pkce.random(random);
        try (LoopbackReceiver receiver = listen()) {
            URI redirect = receiver.redirectUri();
            log.debug("waiting for the sign-in of {} on {}", who, redirect);
            prompt.show(authorizeUrl(loginUrl, redirect, pkce), who, openBrowser);
            Callback callback = receiver.await(timeout).orElseThrow(() -> new UserError("no sign-in came back within "
                    + human(timeout) + "; nothing was stored. Run the command again (--timeout to wait longer)"));
            check(callback, pkce, who);
            try {
                return oauth.exchangeCode(loginUrl, callback.code(), redirect, pkce.verifier());
            } catch (OAuthException e) {
                throw new UserError("the sign-in of " + who + " failed; nothing was stored. " + e.getMessage(), e);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserError("interrupted while waiting for the sign-in; nothing was stored");
        }
    }

    URI authorizeUrl(URI loginUrl, URI redirect, Pkce pkce) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("response_type", "code");
        query.put("client_id", settings.clientId());
        query.put("redirect_uri", redirect.toString());
        query.put("code_challenge", pkce.challenge());
        query.put("code_challenge_method", "S256");
        query.put("state", pkce.state());
        query.put("scope", "api refresh_token");
        return URI.create(loginUrl + "/services/oauth2/authorize?" + query.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&")));
    }

    private static void check(Callback callback, Pkce pkce, String who) {
        if (!pkce.stateMatches(callback.state())) {
            throw new UserError("refused the sign-in callback for " + who + ": its state does not match the one this"
                    + " sign-in sent (a stale or forged redirect); nothing was stored. Run the command again");
        }
        if (callback.error() != null) {
            throw new UserError("Salesforce did not complete the sign-in of " + who + ": " + callback.error()
                    + (callback.errorDescription() == null ? "" : " (" + callback.errorDescription() + ")")
                    + "; nothing was stored");
        }
        if (callback.code() == null || callback.code().isBlank()) {
            throw new UserError("the sign-in callback for " + who + " carried no authorization code; nothing was stored");
        }
    }

    private LoopbackReceiver listen() {
        try {
            return new LoopbackReceiver(settings.callbackPort());
        } catch (BindException e) {
            throw new UserError("cannot listen for the sign-in on 127.0.0.1:" + settings.callbackPort()
                    + " (in use?). Free the port or change reveal-sync.oauth.callback-port");
        } catch (IOException e) {
            throw new UserError("cannot listen for the sign-in on 127.0.0.1: " + e.getMessage());
        }
    }

    static String human(Duration d) {
        return d.toString().substring(2).toLowerCase(java.util.Locale.ROOT);
    }
}
