package com.revealsync.team;

import java.time.Instant;

/** A Lusha user on the team, keyed by lower-case email. */
public record TeamMember(String email, Role role, Instant addedAt, String addedBy) {
}
