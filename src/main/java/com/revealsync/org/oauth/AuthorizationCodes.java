package com.revealsync.org.oauth;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Issued authorization codes: single use, valid for 15 minutes as in Salesforce. In memory. */
final class AuthorizationCodes {

    static final Duration LIFETIME = Duration.ofMinutes(15);

    private final Map<String, AuthorizationCode> byCode = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;

    AuthorizationCodes(Clock clock) {
        this.clock = clock;
    }

    String issue(String userId, String clientId, String redirectUri, String challenge, String method) {
        byCode.values().removeIf(c -> !clock.instant().isBefore(c.expiresAt()));
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String code = "aPrx" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        byCode.put(code, new AuthorizationCode(userId, clientId, redirectUri, challenge, method,
                clock.instant().plus(LIFETIME)));
        return code;
    }

    /** Takes a code out (it can be redeemed once); empty when unknown, used or expired. */
    Optional<AuthorizationCode> redeem(String code) {
        AuthorizationCode found = code == null ? null : byCode.remove(code);
        if (found == null || !clock.instant().isBefore(found.expiresAt())) {
            return Optional.empty();
        }
        return Optional.of(found);
    }
}
