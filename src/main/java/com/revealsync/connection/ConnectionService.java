package com.revealsync.connection;

import com.revealsync.cli.UserError;
import com.revealsync.connection.crypto.TokenStoreException;
import com.revealsync.connection.oauth.ConnectFlow;
import com.revealsync.connection.oauth.OAuthClient;
import com.revealsync.connection.oauth.OAuthException;
import com.revealsync.connection.oauth.SignInPrompt;
import com.revealsync.connection.oauth.TokenGrant;
import com.revealsync.team.Action;
import com.revealsync.team.AuditLog;
import com.revealsync.team.Emails;
import com.revealsync.team.Permissions;
import com.revealsync.team.TeamRepository;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Connecting, reconnecting and disconnecting Lusha users' Salesforce accounts. Each member manages
 * their own connection; ADMINs and MANAGERs may manage anyone's. Every change is audited in the
 * transaction that makes it, and nothing is stored until the sign-in has fully succeeded.
 */
public class ConnectionService {

    private static final Logger log = LoggerFactory.getLogger(ConnectionService.class);
    private static final Pattern SALESFORCE_ID = Pattern.compile("[A-Za-z0-9]{15}([A-Za-z0-9]{3})?");

    private final ConnectionRepository store;
    private final ConnectFlow flow;
    private final OAuthClient oauth;
    private final Permissions permissions;
    private final TeamRepository team;
    private final AuditLog audit;
    private final TransactionTemplate tx;

    public ConnectionService(ConnectionRepository store, ConnectFlow flow, OAuthClient oauth, Permissions permissions,
                             TeamRepository team, AuditLog audit, TransactionTemplate tx) {
        this.store = store;
        this.flow = flow;
        this.oauth = oauth;
        this.permissions = permissions;
        this.team = team;
        this.audit = audit;
        this.tx = tx;
    }

    /** How to run the sign-in: who shows the URL, whether to open a browser, how long to wait. */
    public record SignIn(SignInPrompt prompt, boolean openBrowser, Duration timeout) {
    }

    /** The sessions of one run; see {@link UserConnections}. */
    public UserConnections forRun() {
        return new UserConnections(store, oauth, audit);
    }

    public List<Connection> list() {
        return store.list();
    }

    /**
     * Connects a team member's Salesforce account.
     *
     * @param actor the acting user's email (see {@link com.revealsync.team.ActorResolver})
     * @throws UserError when not allowed, already connected, or the sign-in fails
     */
    public Connection connect(String actor, String email, SalesforceEnvironment environment, SignIn signIn) {
        String user = Emails.canonical(email, "--user");
        String who = authorize(actor, user, true);
        store.find(user).ifPresent(existing -> {
            throw new UserError(user + " is already connected (" + existing.status() + ", "
                    + existing.environment().label() + "): use `reveal-sync reconnect --user " + user + "`");
        });
        Granted granted = signIn(user, environment, signIn);
        try {
            tx.executeWithoutResult(status -> {
                store.insert(granted.connection(), granted.tokens());
                audit.done(who, "CONNECT", user, describe(granted.connection()));
            });
        } catch (DuplicateKeyException e) {
            throw new UserError(user + " was connected by another command while signing in; this sign-in was not"
                    + " stored. See `reveal-sync connections`");
        }
        return granted.connection();
    }

    /**
     * Signs a connected user in again, in the same environment unless another is given, and revokes
     * the replaced refresh token when it may still be valid.
     */
    public Connection reconnect(String actor, String email, SalesforceEnvironment environmentOrNull, SignIn signIn) {
        String user = Emails.canonical(email, "--user");
        String who = authorize(actor, user, true);
        Connection existing = store.find(user).orElseThrow(() -> new UserError(user
                + " has no Salesforce connection yet: use `reveal-sync connect --user " + user + "`"));
        String replaced = existing.status() == ConnectionStatus.CONNECTED ? readableRefreshToken(user) : null;
        SalesforceEnvironment environment = environmentOrNull != null ? environmentOrNull : existing.environment();
        Granted granted = signIn(user, environment, signIn);
        tx.executeWithoutResult(status -> {
            if (!store.replace(granted.connection(), granted.tokens())) {
                throw new UserError(user + " was disconnected while signing in; run `reveal-sync connect --user " + user + "`");
            }
            audit.done(who, "RECONNECT", user, describe(granted.connection()) + ", was " + existing.status());
        });
        if (replaced != null && !replaced.equals(granted.tokens().refreshToken())) {
            revokeQuietly(existing.environment(), replaced, user);
        }
        return granted.connection();
    }

    /**
     * Revokes the connection at Salesforce and deletes it.
     *
     * @param force delete even when the token cannot be revoked (Salesforce unreachable, stored
     *              token unreadable)
     * @return one line saying what happened
     */
    public String disconnect(String actor, String email, boolean force) {
        String user = Emails.canonical(email, "--user");
        String who = authorize(actor, user, false);
        Connection existing = store.find(user).orElseThrow(() -> new UserError(user + " has no Salesforce connection"));
        String revocation = revoke(existing, force);
        tx.executeWithoutResult(status -> {
            store.delete(user);
            audit.done(who, "DISCONNECT", user, existing.environment().label() + ": " + revocation);
        });
        return "disconnected " + user + ": " + revocation;
    }

    private String revoke(Connection existing, boolean force) {
        String user = existing.user();
        String keep = " Nothing was deleted; pass --force to delete the connection here anyway (its token then stays"
                + " valid in Salesforce until revoked there, under Setup > Connected Apps OAuth Usage)";
        try {
            oauth.revoke(existing.environment().loginUrl(), store.tokens(user).refreshToken());
            return "the token was revoked at Salesforce";
        } catch (TokenStoreException e) {
            if (!force) {
                throw new UserError(e.getMessage() + "." + keep);
            }
            return "not revoked (the stored token is unreadable)";
        } catch (OAuthException e) {
            if (e.isTransient()) {
                if (!force) {
                    throw new UserError("could not revoke the token of " + user + ": " + e.getMessage() + "." + keep);
                }
                return "not revoked (Salesforce could not be reached)";
            }
            return "Salesforce no longer accepted the token (" + e.error() + "), so there was nothing to revoke";
        }
    }

    private record Granted(Connection connection, StoredTokens tokens) {
    }

    private Granted signIn(String user, SalesforceEnvironment environment, SignIn signIn) {
        TokenGrant grant = flow.signIn(environment.loginUrl(), user, signIn.prompt(), signIn.openBrowser(), signIn.timeout());
        if (grant.refreshToken() == null) {
            throw new UserError("Salesforce signed " + user + " in but issued no refresh token, so the session could"
                    + " not be renewed; nothing was stored. Give the connected app the 'refresh_token, offline_access' scope");
        }
        if (grant.orgId() == null || !SALESFORCE_ID.matcher(grant.orgId()).matches()
                || grant.userId() == null || !SALESFORCE_ID.matcher(grant.userId()).matches()) {
            throw new UserError("Salesforce signed " + user + " in but its answer did not name the org and user (the 'id'"
                    + " URL); nothing was stored. Is " + environment.loginUrl() + " a Salesforce login URL?");
        }
        Connection connection = new Connection(user, environment, grant.instanceUrl(), grant.userId(), grant.orgId(),
                ConnectionStatus.CONNECTED, null, Instant.now(), null);
        return new Granted(connection, new StoredTokens(grant.refreshToken(), grant.accessToken()));
    }

    private String authorize(String actor, String user, boolean mustBeMember) {
        String who = Emails.canonical(actor, "the acting user");
        Action action = who.equals(user) ? Action.MANAGE_OWN_CONNECTION : Action.MANAGE_TEAM_CONNECTIONS;
        permissions.require(who, action, user);
        if (mustBeMember && team.find(user).isEmpty()) {
            throw new UserError(user + " is not on the team: an ADMIN adds them first with `reveal-sync team add "
                    + user + " --role USER`");
        }
        return who;
    }

    private String readableRefreshToken(String user) {
        try {
            return store.tokens(user).refreshToken();
        } catch (TokenStoreException e) {
            log.info("The replaced token of {} cannot be read, so it is not revoked: {}", user, e.getMessage());
            return null;
        }
    }

    private void revokeQuietly(SalesforceEnvironment environment, String refreshToken, String user) {
        try {
            oauth.revoke(environment.loginUrl(), refreshToken);
            log.info("Revoked the replaced Salesforce token of {}", user);
        } catch (OAuthException e) {
            log.info("The replaced Salesforce token of {} was not revoked: {}", user, e.getMessage());
        }
    }

    private static String describe(Connection c) {
        return c.environment().label() + ", Salesforce user " + c.salesforceUserId() + " in org " + c.salesforceOrgId();
    }
}
