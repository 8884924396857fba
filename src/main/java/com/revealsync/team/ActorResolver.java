package com.revealsync.team;

import com.revealsync.cli.UserError;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Who is acting: {@code --as EMAIL} when given, else {@code REVEAL_SYNC_ACTOR}
 * ({@code reveal-sync.actor}), else a command's own default (e.g. {@code connect --user} acting for
 * oneself). See {@link Permissions} for why a claimed identity is sound here, and its limits.
 */
@Component
public class ActorResolver {

    private final String configured;

    public ActorResolver(@Value("${reveal-sync.actor:}") String configured) {
        this.configured = configured;
    }

    /** The actor given by {@code --as} or the setting, or null when neither is. */
    public String optional(String asOption) {
        if (asOption != null && !asOption.isBlank()) {
            return Emails.canonical(asOption, "--as");
        }
        return configured == null || configured.isBlank() ? null : Emails.canonical(configured, "REVEAL_SYNC_ACTOR");
    }

    /** @param fallback used when neither {@code --as} nor the setting is given; may be null */
    public String resolve(String asOption, String fallback) {
        String given = optional(asOption);
        if (given != null) {
            return given;
        }
        if (fallback != null) {
            return Emails.canonical(fallback, "the acting user");
        }
        throw new UserError("who is making this change? Pass --as YOUR-EMAIL or set REVEAL_SYNC_ACTOR");
    }
}
