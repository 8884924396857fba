package com.revealsync.connection;

import com.revealsync.connection.oauth.OAuthClient;
import com.revealsync.connection.oauth.OAuthException;
import com.revealsync.connection.oauth.TokenGrant;
import com.revealsync.salesforce.auth.OrgToken;
import com.revealsync.salesforce.auth.ReconnectRequiredException;
import com.revealsync.salesforce.auth.TokenSource;
import com.revealsync.team.AuditEvent;
import com.revealsync.team.AuditLog;
import java.net.URI;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One user's session for one run. The access token is used until Salesforce rejects it; then
 * {@link #renew()} runs the refresh-token grant and stores the result (and the rotated refresh
 * token, if any). An {@code invalid_grant} marks the user RECONNECT_REQUIRED in the store at once,
 * and from then on this source refuses without calling Salesforce again: no retry storm. The one
 * exception: when the stored refresh token is no longer the one this run used (another run rotated
 * it, or the user reconnected), the refusal says nothing about the stored one, which is tried once.
 * Thread-safe; renewals of one user are serialised.
 */
public final class UserTokenSource implements TokenSource {

    private static final Logger log = LoggerFactory.getLogger(UserTokenSource.class);

    private final String user;
    private final URI loginUrl;
    private final ConnectionRepository store;
    private final OAuthClient oauth;
    private final AuditLog audit;
    /** The connection's org and Salesforce user, named on its tokens ({@link OrgToken} keeps 18-character ids only). */
    private final String orgId;
    private final String userId;
    private String refreshToken;
    private OrgToken current;
    private String reconnectMessage;
    private int refreshAttempts;

    UserTokenSource(Connection connection, StoredTokens tokens, ConnectionRepository store, OAuthClient oauth,
                    AuditLog audit) {
        this.user = connection.user();
        this.loginUrl = connection.environment().loginUrl();
        this.store = store;
        this.oauth = oauth;
        this.audit = audit;
        this.orgId = connection.salesforceOrgId();
        this.userId = connection.salesforceUserId();
        this.refreshToken = tokens.refreshToken();
        this.current = tokens.accessToken() == null ? null
                : new OrgToken(connection.instanceUrl().toString(), tokens.accessToken(), orgId, userId);
        if (connection.status() == ConnectionStatus.RECONNECT_REQUIRED) {
            this.reconnectMessage = connection.lastError() != null ? connection.lastError() : reconnectAdvice(user,
                    "its connection was marked as needing to reconnect");
        }
    }

    public String user() {
        return user;
    }

    @Override
    public synchronized OrgToken current() {
        refuseIfLost();
        return current != null ? current : renew();
    }

    @Override
    public synchronized OrgToken renew() {
        refuseIfLost();
        TokenGrant grant;
        try {
            grant = refresh();
        } catch (OAuthException e) {
            if (!e.isInvalidGrant()) {
                throw e;
            }
            String stored = storedRefreshToken();
            if (stored == null || stored.equals(refreshToken)) {
                throw lose(e.getMessage());
            }
            // another run rotated the token (or the user reconnected) since this run read it
            refreshToken = stored;
            try {
                grant = refresh();
            } catch (OAuthException again) {
                if (again.isInvalidGrant()) {
                    throw lose(again.getMessage());
                }
                throw again;
            }
        }
        String rotated = grant.refreshToken() != null && !grant.refreshToken().equals(refreshToken)
                ? grant.refreshToken() : null;
        store.storeRenewal(user, grant.instanceUrl(), grant.accessToken(), rotated, Instant.now());
        if (rotated != null) {
            refreshToken = rotated;
        }
        log.debug("renewed the Salesforce session of {}{}", user, rotated != null ? " (refresh token rotated)" : "");
        current = new OrgToken(grant.instanceUrl().toString(), grant.accessToken(), orgId, userId);
        return current;
    }

    /** How many times this run asked Salesforce for a new session for this user. */
    public synchronized int refreshAttempts() {
        return refreshAttempts;
    }

    /** True once Salesforce refused this user's refresh token (or it was already marked so). */
    public synchronized boolean reconnectRequired() {
        return reconnectMessage != null;
    }

    private void refuseIfLost() {
        if (reconnectMessage != null) {
            throw new ReconnectRequiredException(reconnectMessage);
        }
    }

    private TokenGrant refresh() {
        refreshAttempts++;
        return oauth.refresh(loginUrl, refreshToken);
    }

    /** The refresh token in the store now, or null when the connection is gone or marked lost. */
    private String storedRefreshToken() {
        return store.find(user).filter(c -> c.status() == ConnectionStatus.CONNECTED)
                .map(c -> store.tokens(user).refreshToken()).orElse(null);
    }

    private ReconnectRequiredException lose(String why) {
        reconnectMessage = reconnectAdvice(user, why);
        current = null;
        store.markReconnectRequired(user, reconnectMessage);
        audit.done(AuditEvent.SYSTEM, "CONNECTION_LOST", user, why);
        log.warn("{}", reconnectMessage);
        return new ReconnectRequiredException(reconnectMessage);
    }

    static String reconnectAdvice(String user, String why) {
        return "the Salesforce connection of " + user + " needs to be renewed (" + why + "); their records are"
                + " skipped until then. To restore it, " + user + " (or an ADMIN or MANAGER) runs `reveal-sync reconnect"
                + " --user " + user + "` and signs in to Salesforce again. If it keeps happening, ask the Salesforce"
                + " admin to check the connected app's refresh token policy and the Session Settings timeout in Setup";
    }
}
