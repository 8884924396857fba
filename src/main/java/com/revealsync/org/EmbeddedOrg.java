package com.revealsync.org;

import com.revealsync.org.bulk.BulkApis;
import com.revealsync.org.data.OrgData;
import com.revealsync.org.fault.Faults;
import com.revealsync.org.data.OrgUser;
import com.revealsync.org.limits.ApiUsage;
import com.revealsync.org.oauth.IdentityEndpoint;
import com.revealsync.org.oauth.OAuthEndpoint;
import com.revealsync.org.oauth.RefreshTokenStore;
import com.revealsync.org.server.Endpoint;
import com.revealsync.org.server.ExchangeHook;
import com.revealsync.org.server.OrgContext;
import com.revealsync.org.server.OrgServer;
import com.revealsync.org.server.Router;
import com.revealsync.org.session.Session;
import com.revealsync.org.session.Sessions;
import com.revealsync.org.soap.SoapEndpoint;
import com.revealsync.org.stats.OrgStats;
import com.revealsync.org.stats.StatsEndpoint;
import com.revealsync.org.stats.StatsRecorder;

/**
 * The embedded Salesforce-compatible org, as a plain Java handle: start it, point clients at
 * {@link #baseUrl()}, stop it. It listens on 127.0.0.1 only and is never Salesforce.
 *
 * <pre>{@code
 * try (EmbeddedOrg org = EmbeddedOrg.start(OrgSettings.inMemory())) {
 *     config.setServiceEndpoint(org.baseUrl() + "/services/Soap/u/65.0");
 * }
 * }</pre>
 */
public final class EmbeddedOrg implements AutoCloseable {

    private final OrgSettings settings;
    private final OrgServer server;
    private final OrgContext context;
    private final RefreshTokenStore refreshTokens;
    private final OrgData ownData;
    private final BulkApis bulk;
    private final Faults faults;
    private final StatsRecorder statsRecorder;

    private EmbeddedOrg(OrgSettings settings, OrgServer server, OrgContext context, RefreshTokenStore refreshTokens,
                        OrgData ownData, BulkApis bulk, Faults faults, StatsRecorder statsRecorder) {
        this.settings = settings;
        this.bulk = bulk;
        this.faults = faults;
        this.statsRecorder = statsRecorder;
        this.ownData = ownData;
        this.server = server;
        this.context = context;
        this.refreshTokens = refreshTokens;
    }

    /** Opens the org's data as the settings say and starts serving it. */
    public static EmbeddedOrg start(OrgSettings settings) {
        return start(settings, OrgDataOpener.open(settings));
    }

    /**
     * Starts serving the given data; the org owns it from now on and closes it on {@link #stop()}.
     * Returns once the server accepts calls.
     */
    public static EmbeddedOrg start(OrgSettings settings, OrgData data) {
        Router router = new Router();
        OrgServer server = new OrgServer(settings.port(), router);
        try {
            server.start();
        } catch (Exception e) {
            data.close();
            throw new IllegalStateException("cannot start the embedded org on port " + settings.port() + ": " + e.getMessage(), e);
        }
        String baseUrl = "http://" + server.host() + ":" + server.port();
        Sessions sessions = new Sessions(data.organizationId(), settings.sessionTtl(), settings.clock());
        ApiUsage usage = new ApiUsage(settings.dailyApiLimit(), settings.clock());
        OrgContext context = new OrgContext(data, sessions, usage, baseUrl, settings.clock());
        RefreshTokenStore refreshTokens = settings.inMemoryOnly()
                ? RefreshTokenStore.inMemory() : RefreshTokenStore.inFolder(settings.dataDir());
        router.add(new SoapEndpoint(context));
        router.add(new OAuthEndpoint(context, refreshTokens, settings.rotateRefreshTokens()));
        router.add(new IdentityEndpoint(context));
        BulkApis bulk = BulkApis.serve(context, router::add);
        Faults faults = Faults.install(context, router::setHook);
        router.add(new StatsEndpoint(context, faults));
        StatsRecorder stats = settings.inMemoryOnly() ? null : StatsRecorder.start(context, faults, settings.dataDir());
        return new EmbeddedOrg(settings, server, context, refreshTokens, data, bulk, faults, stats);
    }

    /** e.g. {@code http://127.0.0.1:52100} (no trailing slash). */
    public String baseUrl() {
        return context.baseUrl();
    }

    public int port() {
        return server.port();
    }

    public OrgSettings settings() {
        return settings;
    }

    /** The org's data facade (as endpoints see it, decorations included). */
    public OrgData data() {
        return context.data();
    }

    /** What endpoints share; for endpoints added from outside (Bulk APIs) and for fault injection. */
    public OrgContext context() {
        return context;
    }

    public Sessions sessions() {
        return context.sessions();
    }

    public ApiUsage apiUsage() {
        return context.apiUsage();
    }

    /** Fault injection: {@code org.faults().set("seed=42,http503=0.1")}, {@code org.faults().clear()}. */
    public Faults faults() {
        return faults;
    }

    /** Records per object and API calls by kind, as {@code org stats} shows them. */
    public OrgStats stats() {
        return OrgStats.of(context, faults);
    }

    /** Serves another API under its path prefix. */
    public void addEndpoint(Endpoint endpoint) {
        server.router().add(endpoint);
    }

    /**
     * Installs a hook every request passes before the fault injector's (null removes it): a test
     * may watch or slow requests and still inject faults.
     */
    public void setExchangeHook(ExchangeHook hook) {
        server.router().setHook(hook == null ? faults.hook() : ExchangeHook.chain(hook, faults.hook()));
    }

    /** Opens a session for a user without any HTTP call (tests). */
    public Session openSession(String username) {
        OrgUser user = data().userByUsername(username)
                .orElseThrow(() -> new IllegalArgumentException("no such user in the embedded org: " + username));
        return sessions().open(user);
    }

    /** Test hook: every session expires now. */
    public void expireAllSessions() {
        sessions().expireAll();
    }

    /** Test hook: revokes a user's refresh tokens and ends their sessions, as an admin revoking access. */
    public int revokeRefreshTokens(String username) {
        OrgUser user = data().userByUsername(username)
                .orElseThrow(() -> new IllegalArgumentException("no such user in the embedded org: " + username));
        sessions().invalidateUser(user.id());
        return refreshTokens.revokeUser(user.id());
    }

    /** Stops serving and closes the data cleanly. */
    public void stop() {
        try {
            server.close();
        } catch (Exception e) {
            throw new IllegalStateException("cannot stop the embedded org: " + e.getMessage(), e);
        } finally {
            bulk.close();
            if (statsRecorder != null) {
                statsRecorder.close();
            }
            ownData.close();
        }
    }

    @Override
    public void close() {
        stop();
    }
}
