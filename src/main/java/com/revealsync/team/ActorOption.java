package com.revealsync.team;

import picocli.CommandLine.Option;

/**
 * {@code --as EMAIL} for any command that changes configuration: add it with
 * {@code @Mixin ActorOption actor;} and pass {@link #value()} to {@link ActorResolver#resolve}, then
 * {@link Permissions#require} and {@link AuditLog#done}.
 */
public final class ActorOption {

    @Option(names = "--as", paramLabel = "EMAIL",
            description = "Who is making the change, a team member (default: REVEAL_SYNC_ACTOR).")
    String as;

    /** The email given, or null. */
    public String value() {
        return as;
    }
}
