package com.revealsync.org.server;

import com.revealsync.org.data.OrgData;
import com.revealsync.org.limits.ApiUsage;
import com.revealsync.org.session.Sessions;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

/**
 * What every endpoint of the org shares: the data facade, the sessions, the API usage counter,
 * the org's base URL and its clock.
 *
 * <p>The data facade can be decorated at run time ({@link #decorateData}), e.g. by a fault
 * injector that fails a share of records with {@code UNABLE_TO_LOCK_ROW}; endpoints therefore ask
 * {@link #data()} on every call instead of keeping the facade.
 */
public final class OrgContext {

    private final OrgData baseData;
    private final AtomicReference<OrgData> data;
    private final Sessions sessions;
    private final ApiUsage apiUsage;
    private final String baseUrl;
    private final Clock clock;

    public OrgContext(OrgData data, Sessions sessions, ApiUsage apiUsage, String baseUrl, Clock clock) {
        this.baseData = Objects.requireNonNull(data);
        this.data = new AtomicReference<>(data);
        this.sessions = Objects.requireNonNull(sessions);
        this.apiUsage = Objects.requireNonNull(apiUsage);
        this.baseUrl = Objects.requireNonNull(baseUrl);
        this.clock = Objects.requireNonNull(clock);
    }

    /** The data facade as endpoints should use it now (possibly decorated). */
    public OrgData data() {
        return data.get();
    }

    /** Wraps the current data facade, e.g. to inject per-record faults. */
    public void decorateData(UnaryOperator<OrgData> decorator) {
        data.updateAndGet(decorator);
    }

    /** Removes every decoration. */
    public void resetData() {
        data.set(baseData);
    }

    public Sessions sessions() {
        return sessions;
    }

    public ApiUsage apiUsage() {
        return apiUsage;
    }

    /** e.g. {@code http://127.0.0.1:52100}, no trailing slash. */
    public String baseUrl() {
        return baseUrl;
    }

    public Clock clock() {
        return clock;
    }
}
