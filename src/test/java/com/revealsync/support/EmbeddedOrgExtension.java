package com.revealsync.support;

import com.revealsync.org.EmbeddedOrg;
import com.revealsync.org.OrgSettings;
import com.revealsync.org.server.Exchange;
import com.revealsync.org.server.ExchangeHook;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * An in-memory embedded org for a test class, counting the calls to its token endpoint (the
 * counter restarts before each test).
 */
public final class EmbeddedOrgExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback {

    public static final String ADMIN = "admin@reveal-sync.local";
    public static final String MANAGER = "manager@reveal-sync.local";
    public static final String REP = "rep@reveal-sync.local";
    public static final String PASSWORD = "reveal-sync";
    public static final String CLIENT_SECRET = "reveal-sync-secret";

    private final OrgSettings settings;
    private final AtomicInteger tokenCalls = new AtomicInteger();
    private EmbeddedOrg org;

    public EmbeddedOrgExtension(OrgSettings settings) {
        this.settings = settings;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        org = EmbeddedOrg.start(settings);
        org.setExchangeHook(new ExchangeHook() {
            @Override
            public boolean beforeHandle(Exchange exchange) {
                if (exchange.path().equals("/services/oauth2/token")) {
                    tokenCalls.incrementAndGet();
                }
                return false;
            }
        });
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        resetTokenCalls();
    }

    /** Starts counting token calls from zero again. */
    public void resetTokenCalls() {
        tokenCalls.set(0);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        org.close();
    }

    public EmbeddedOrg org() {
        return org;
    }

    public String url() {
        return org.baseUrl();
    }

    /** Calls to {@code /services/oauth2/token} since the test began. */
    public int tokenCalls() {
        return tokenCalls.get();
    }
}
