package com.revealsync.fingerprint;

import java.time.Instant;
import java.util.Set;

/**
 * The last sync run that kept fingerprints for an org, by the org's clock.
 *
 * @param finished null when that run did not finish
 * @param userIds the users it wrote as (18-character ids)
 */
public record Watermark(Instant started, Instant finished, Set<String> userIds) {

    public Watermark {
        userIds = Set.copyOf(userIds);
    }
}
