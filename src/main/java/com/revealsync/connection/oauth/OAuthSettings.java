package com.revealsync.connection.oauth;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The connected app reveal-sync signs users in with. The defaults are the embedded org's
 * ({@code reveal-sync} / {@code reveal-sync-secret}); a real org needs its own connected app with
 * the {@code api} and {@code refresh_token} scopes, PKCE, and the callback URL
 * {@code http://127.0.0.1:PORT/OauthRedirect} (set {@code callback-port} to that PORT).
 *
 * @param clientId       the connected app's consumer key ({@code REVEAL_SYNC_OAUTH_CLIENT_ID})
 * @param clientSecret   its consumer secret ({@code REVEAL_SYNC_OAUTH_CLIENT_SECRET}); never logged
 * @param callbackPort   the loopback port that receives the sign-in redirect; 0 picks a free one
 * @param signInTimeout  how long {@code connect} waits for the sign-in by default
 * @param requestTimeout how long one call to the token endpoint may take
 */
@ConfigurationProperties("reveal-sync.oauth")
public record OAuthSettings(@DefaultValue("reveal-sync") String clientId,
                            @DefaultValue("reveal-sync-secret") String clientSecret,
                            @DefaultValue("0") int callbackPort,
                            @DefaultValue("5m") Duration signInTimeout,
                            @DefaultValue("30s") Duration requestTimeout) {

    public OAuthSettings {
        if (callbackPort < 0 || callbackPort > 65535) {
            throw new IllegalArgumentException("reveal-sync.oauth.callback-port must be 0..65535, not " + callbackPort);
        }
    }

    @Override
    public String toString() {
        return "OAuthSettings[clientId=" + clientId + ", clientSecret=****, callbackPort=" + callbackPort
                + ", signInTimeout=" + signInTimeout + ", requestTimeout=" + requestTimeout + "]";
    }
}
