package com.revealsync.activemapping;

import java.time.Instant;

/**
 * One activation of a mapping profile: which file, the SHA-256 of the content that passed Test
 * Mapping, who activated it and when. The latest activation is the active profile.
 *
 * @param testSummary what Test Mapping said, one line per record type
 */
public record Activation(long id, String profilePath, String sha256, String activatedBy, Instant activatedAt,
                         String testSummary) {

    public String shortHash() {
        return sha256.substring(0, 12);
    }
}
