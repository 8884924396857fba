package com.revealsync.salesforce.testing;

import com.revealsync.salesforce.auth.OrgToken;
import com.revealsync.salesforce.auth.ReconnectRequiredException;
import com.revealsync.salesforce.auth.TokenSource;
import java.util.concurrent.atomic.AtomicInteger;

/** Tokens {@code token-0}, {@code token-1}, ... for an instance URL; renew() hands out the next. */
public final class FakeTokens implements TokenSource {

    private final String instanceUrl;
    private final AtomicInteger generation = new AtomicInteger();
    private final AtomicInteger renewals = new AtomicInteger();
    private volatile boolean revoked;

    public FakeTokens(String instanceUrl) {
        this.instanceUrl = instanceUrl;
    }

    @Override
    public OrgToken current() {
        return new OrgToken(instanceUrl, "token-" + generation.get());
    }

    @Override
    public OrgToken renew() {
        renewals.incrementAndGet();
        if (revoked) {
            throw new ReconnectRequiredException("the test revoked this connection: reconnect");
        }
        return new OrgToken(instanceUrl, "token-" + generation.incrementAndGet());
    }

    public void revoke() {
        revoked = true;
    }

    public int renewals() {
        return renewals.get();
    }
}
