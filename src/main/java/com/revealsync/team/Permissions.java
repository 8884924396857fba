package com.revealsync.team;

import org.springframework.stereotype.Component;

/**
 * The one place that decides whether the acting user may make a change. A refusal is itself
 * audited ({@code DENIED}) in its own statement, so call {@link #require} before opening the
 * transaction of the change.
 *
 * <p>How the acting user is identified: reveal-sync is a local command-line tool, so the actor is
 * who the operator says they are ({@code --as EMAIL} or {@code REVEAL_SYNC_ACTOR}; see
 * {@link ActorResolver}), checked against the team table. That is sound for what roles are for
 * here, as in Lusha's own settings pages: keeping members from changes their role does not allow
 * by mistake, and leaving an audit trail of who changed what. It is not authentication: anyone who
 * can run the tool can also read its database and key file, so the operating system's file
 * permissions on {@code ./data} are the real boundary, and Salesforce's own sign-in protects each
 * user's Salesforce account (a connection grants only what that Salesforce user may do).
 */
@Component
public class Permissions {

    private final TeamRepository team;
    private final AuditLog audit;

    public Permissions(TeamRepository team, AuditLog audit) {
        this.team = team;
        this.audit = audit;
    }

    /**
     * Returns the acting member when their role allows {@code action}.
     *
     * @param target what the change is about, for the audit record of a refusal
     * @throws PermissionDeniedException when there is no team yet, the actor is not on it, or the
     *         actor's role does not allow the action
     */
    public TeamMember require(String actor, Action action, String target) {
        String who = Emails.canonical(actor, "the acting user");
        if (team.count() == 0) {
            throw denied(who, action, target, "there is no team yet, so nobody may " + action.description()
                    + ". Start with `reveal-sync team add YOUR-EMAIL --role ADMIN`");
        }
        TeamMember member = team.find(who).orElseThrow(() -> denied(who, action, target, who
                + " is not a member of the team (see `reveal-sync team`); an ADMIN adds members with `team add`"));
        if (!action.allows(member.role())) {
            throw denied(who, action, target, who + " is a " + member.role() + " and may not " + action.description()
                    + ": that takes " + roles(action));
        }
        return member;
    }

    /** {@link #require(String, Action, String)} without a particular target. */
    public TeamMember require(String actor, Action action) {
        return require(actor, action, null);
    }

    private PermissionDeniedException denied(String actor, Action action, String target, String message) {
        audit.record(actor, action.name(), target, AuditEvent.DENIED, message);
        return new PermissionDeniedException("not allowed: " + message);
    }

    private static String roles(Action action) {
        return String.join(" or ", action.allowedRoles().stream().map(Enum::name).toList());
    }
}
