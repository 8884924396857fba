package com.revealsync.org;

import com.revealsync.org.limits.ApiUsage;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * How to start an {@link EmbeddedOrg}.
 *
 * @param port the loopback port; 0 picks a free one
 * @param dataDir the org's data folder (its database and refresh tokens); null keeps everything in
 *                memory and loses it on stop
 * @param sessionTtl the absolute lifetime of a session (access token), default 2 hours
 * @param dailyApiLimit API requests allowed per rolling 24 hours, default
 *                      {@value ApiUsage#DEFAULT_DAILY_LIMIT}
 * @param rotateRefreshTokens when true, every refresh_token grant issues a new refresh token and
 *                            invalidates the one used
 * @param clock the time source of sessions, tokens, usage and the data opened from these settings
 *              (audit fields, TODAY, getServerTimestamp); tests pass a movable clock
 */
public record OrgSettings(int port, Path dataDir, Duration sessionTtl, long dailyApiLimit,
                          boolean rotateRefreshTokens, Clock clock) {

    public static final Duration DEFAULT_SESSION_TTL = Duration.ofHours(2);

    public OrgSettings {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0..65535: " + port);
        }
        Objects.requireNonNull(sessionTtl, "sessionTtl");
        if (sessionTtl.isNegative() || sessionTtl.isZero()) {
            throw new IllegalArgumentException("session TTL must be positive: " + sessionTtl);
        }
        if (dailyApiLimit < 0) {
            throw new IllegalArgumentException("daily API limit must not be negative: " + dailyApiLimit);
        }
        Objects.requireNonNull(clock, "clock");
    }

    /** An in-memory org on a free port with the default TTL and limit. */
    public static OrgSettings inMemory() {
        return new OrgSettings(0, null, DEFAULT_SESSION_TTL, ApiUsage.DEFAULT_DAILY_LIMIT, false, Clock.systemUTC());
    }

    /** An org keeping its data in {@code dataDir}, on a free port. */
    public static OrgSettings inFolder(Path dataDir) {
        return inMemory().withDataDir(dataDir);
    }

    public OrgSettings withPort(int newPort) {
        return new OrgSettings(newPort, dataDir, sessionTtl, dailyApiLimit, rotateRefreshTokens, clock);
    }

    public OrgSettings withDataDir(Path newDataDir) {
        return new OrgSettings(port, newDataDir, sessionTtl, dailyApiLimit, rotateRefreshTokens, clock);
    }

    public OrgSettings withSessionTtl(Duration ttl) {
        return new OrgSettings(port, dataDir, ttl, dailyApiLimit, rotateRefreshTokens, clock);
    }

    public OrgSettings withDailyApiLimit(long limit) {
        return new OrgSettings(port, dataDir, sessionTtl, limit, rotateRefreshTokens, clock);
    }

    public OrgSettings withRotateRefreshTokens(boolean rotate) {
        return new OrgSettings(port, dataDir, sessionTtl, dailyApiLimit, rotate, clock);
    }

    public OrgSettings withClock(Clock newClock) {
        return new OrgSettings(port, dataDir, sessionTtl, dailyApiLimit, rotateRefreshTokens, newClock);
    }

    public boolean inMemoryOnly() {
        return dataDir == null;
    }
}
