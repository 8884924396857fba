package com.revealsync.connection;

import com.revealsync.connection.oauth.OAuthClient;
import com.revealsync.team.AuditLog;
import com.revealsync.team.Emails;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The per-user Salesforce sessions of one run: one {@link UserTokenSource} per Lusha user, made on
 * first use and kept for the run, so what a source learns (a new session, a refused refresh token)
 * holds for the rest of the run. Get a fresh one per run from {@link ConnectionService#forRun()}:
 * a later run then sees reconnects made in between. Thread-safe.
 */
public final class UserConnections {

    private final ConnectionRepository store;
    private final OAuthClient oauth;
    private final AuditLog audit;
    private final ConcurrentMap<String, Optional<UserTokenSource>> sources = new ConcurrentHashMap<>();

    UserConnections(ConnectionRepository store, OAuthClient oauth, AuditLog audit) {
        this.store = store;
        this.oauth = oauth;
        this.audit = audit;
    }

    /**
     * The session source of a Lusha user ({@code revealed_by}). A user marked RECONNECT_REQUIRED
     * gets a source whose {@code current()} throws
     * {@link com.revealsync.salesforce.auth.ReconnectRequiredException} without calling Salesforce.
     *
     * @throws NotConnectedException when the user has no connection (skip: NOT_CONNECTED)
     * @throws com.revealsync.connection.crypto.TokenStoreException when the stored tokens cannot be
     *         read (missing or other key, tampered value)
     */
    public UserTokenSource tokenSourceFor(String email) {
        String user = Emails.canonical(email, "revealed_by");
        return sources.computeIfAbsent(user, this::load).orElseThrow(() -> new NotConnectedException(user));
    }

    /** Users whose connection was refused in this run or was already marked before it. */
    public Set<String> reconnectRequired() {
        Set<String> users = new TreeSet<>();
        sources.values().forEach(s -> s.filter(UserTokenSource::reconnectRequired).ifPresent(u -> users.add(u.user())));
        return users;
    }

    private Optional<UserTokenSource> load(String user) {
        Optional<Connection> connection = store.find(user);
        if (connection.isEmpty()) {
            return Optional.empty();
        }
        // a lost connection is refused without touching Salesforce, so its tokens need not be read
        StoredTokens tokens = connection.get().status() == ConnectionStatus.RECONNECT_REQUIRED
                ? new StoredTokens("", null) : store.tokens(user);
        return Optional.of(new UserTokenSource(connection.get(), tokens, store, oauth, audit));
    }
}
