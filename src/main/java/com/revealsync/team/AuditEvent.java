package com.revealsync.team;

import java.time.Instant;

/**
 * One audit record: who did what to what, when, and whether it was allowed.
 *
 * @param actor  the acting team member's email, or {@code system} for the pipeline itself
 * @param what   the change, e.g. {@code CHANGE_MAPPING}, {@code CONNECT}, {@code TEAM_ADD}
 * @param target what it applied to (a user's email, a profile file)
 * @param outcome {@code DONE} or {@code DENIED}
 * @param detail a human-readable line; never a secret
 */
public record AuditEvent(long id, Instant at, String actor, String what, String target, String outcome, String detail) {
    public static final String DONE = "DONE";
    public static final String DENIED = "DENIED";
    public static final String SYSTEM = "system";
}
