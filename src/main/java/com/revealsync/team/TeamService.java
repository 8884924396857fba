package com.revealsync.team;

import com.revealsync.cli.UserError;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Team membership. The very first {@code team add} bootstraps the team: it must make an ADMIN,
 * and that person acts for themself (there is nobody yet to ask). From then on only an ADMIN
 * adds, removes or changes members, and the last ADMIN cannot be removed or demoted.
 */
@Service
public class TeamService {

    private final TeamRepository team;
    private final Permissions permissions;
    private final AuditLog audit;
    private final TransactionTemplate tx;

    public TeamService(TeamRepository team, Permissions permissions, AuditLog audit, TransactionTemplate tx) {
        this.team = team;
        this.permissions = permissions;
        this.audit = audit;
        this.tx = tx;
    }

    public List<TeamMember> members() {
        return team.list();
    }

    /**
     * Adds a member, or changes an existing member's role.
     *
     * @param actor the acting user; null on an empty team means the new member themself
     * @return what was done, one line for the console
     */
    public String add(String actor, String email, Role role) {
        String member = Emails.canonical(email, "team member");
        if (team.count() == 0) {
            return bootstrap(actor == null ? member : Emails.canonical(actor, "--as"), member, role);
        }
        String who = permissions.require(actor, Action.MANAGE_TEAM, member).email();
        return tx.execute(status -> {
            var existing = team.find(member);
            if (existing.isEmpty()) {
                team.insert(new TeamMember(member, role, Instant.now(), who));
                audit.done(who, "TEAM_ADD", member, "added as " + role);
                return "added " + member + " as " + role;
            }
            Role old = existing.get().role();
            if (old == role) {
                return member + " is already a " + role + "; nothing changed";
            }
            refuseLosingLastAdmin(member, old);
            team.changeRole(member, role);
            audit.done(who, "TEAM_ROLE_CHANGE", member, old + " -> " + role);
            return "changed " + member + " from " + old + " to " + role;
        });
    }

    /** Removes a member (their Salesforce connection stays until disconnected). */
    public String remove(String actor, String email) {
        String member = Emails.canonical(email, "team member");
        String who = permissions.require(actor, Action.MANAGE_TEAM, member).email();
        return tx.execute(status -> {
            TeamMember existing = team.find(member)
                    .orElseThrow(() -> new UserError(member + " is not a member of the team (see `reveal-sync team`)"));
            refuseLosingLastAdmin(member, existing.role());
            team.delete(member);
            audit.done(who, "TEAM_REMOVE", member, "removed (was " + existing.role() + ")");
            return "removed " + member;
        });
    }

    private String bootstrap(String actor, String member, Role role) {
        if (role != Role.ADMIN || !actor.equals(member)) {
            throw new UserError("the team is empty: the first member must be an ADMIN adding themself,"
                    + " e.g. `reveal-sync team add YOUR-EMAIL --role ADMIN`");
        }
        return tx.execute(status -> {
            team.insert(new TeamMember(member, role, Instant.now(), member));
            audit.done(member, "TEAM_ADD", member, "first member of the team: ADMIN (bootstrap)");
            return "added " + member + " as ADMIN, the team's first member";
        });
    }

    private void refuseLosingLastAdmin(String member, Role current) {
        if (current == Role.ADMIN && team.countAdmins() == 1) {
            throw new UserError(member + " is the team's only ADMIN: make another member ADMIN first");
        }
    }
}
