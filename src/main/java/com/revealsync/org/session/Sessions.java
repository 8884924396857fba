package com.revealsync.org.session;

import com.revealsync.org.data.OrgFault;
import com.revealsync.org.data.OrgUser;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * The org's sessions, in memory: issued by login and the OAuth token endpoint, checked by every API
 * call. A session lives for an absolute TTL from its issue (Salesforce's "timeout" is a sliding
 * one, but a fixed lifetime makes expiry reproducible in tests). Thread-safe.
 */
public final class Sessions {

    /** What WSC's SessionRenewer reacts to: code INVALID_SESSION_ID and the text "Illegal Session". */
    public static final String INVALID_SESSION_ID = "INVALID_SESSION_ID";
    public static final String INVALID_SESSION_MESSAGE = "Invalid Session ID found in SessionHeader: Illegal Session";

    private static final int PURGE_EVERY = 256;

    private final Map<String, Session> byToken = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final String tokenPrefix;
    private final Duration ttl;
    private final Clock clock;
    private int opened;
    private volatile Predicate<Session> endOnUse = s -> false;

    /**
     * @param organizationId the org's id; tokens start with its 15-character form and {@code !},
     *                       as Salesforce session ids do
     */
    public Sessions(String organizationId, Duration ttl, Clock clock) {
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("session TTL must be positive: " + ttl);
        }
        this.tokenPrefix = organizationId.substring(0, Math.min(15, organizationId.length())) + "!";
        this.ttl = ttl;
        this.clock = clock;
    }

    /** Opens a new session for a user. */
    public Session open(OrgUser user) {
        byte[] secret = new byte[48];
        random.nextBytes(secret);
        String token = tokenPrefix + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant();
        Session session = new Session(token, user.id(), user.username(), now, now.plus(ttl));
        byToken.put(token, session);
        purgeNow();
        return session;
    }

    /**
     * The live session of a token.
     *
     * @throws OrgFault INVALID_SESSION_ID when the token is missing, unknown, revoked or expired
     */
    public Session require(String token) {
        return find(token).orElseThrow(Sessions::invalidSession);
    }

    /** The live session of a token, if there is one. */
    public Optional<Session> find(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        Session session = byToken.get(token.strip());
        if (session == null) {
            return Optional.empty();
        }
        if (session.isExpired(clock.instant()) || endOnUse.test(session)) {
            byToken.remove(session.token());
            return Optional.empty();
        }
        return Optional.of(session);
    }

    /**
     * Checked each time a call presents a live session; when it answers true the session ends
     * there, as if it had expired (fault injection: sessions expiring after N calls).
     */
    public void setEndOnUse(Predicate<Session> check) {
        endOnUse = check == null ? s -> false : check;
    }

    /** The token of an {@code Authorization: Bearer ...} header, if it is one. */
    public static Optional<String> bearerToken(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        String token = authorization.substring(7).strip();
        return token.isEmpty() ? Optional.empty() : Optional.of(token);
    }

    /** Ends one session (OAuth revoke of an access token, logout). */
    public boolean invalidate(String token) {
        return token != null && byToken.remove(token.strip()) != null;
    }

    /** Ends every session of a user (their refresh tokens were revoked). */
    public void invalidateUser(String userId) {
        byToken.values().removeIf(s -> s.userId().equals(userId));
    }

    /** Test hook: every session expires now, as if the TTL had passed for all. */
    public void expireAll() {
        byToken.clear();
    }

    public Duration ttl() {
        return ttl;
    }

    /** Number of live sessions. */
    public int size() {
        Instant now = clock.instant();
        return (int) byToken.values().stream().filter(s -> !s.isExpired(now)).count();
    }

    /** The fault of a missing, unknown or expired session, worded so WSC's SessionRenewer acts. */
    public static OrgFault invalidSession() {
        return new OrgFault(OrgFault.Kind.UNEXPECTED_ERROR, INVALID_SESSION_ID, INVALID_SESSION_MESSAGE);
    }

    private void purgeNow() {
        boolean due;
        synchronized (this) {
            due = ++opened % PURGE_EVERY == 0;
        }
        if (due) {
            Instant now = clock.instant();
            byToken.values().removeIf(s -> s.isExpired(now));
        }
    }
}
