package com.revealsync.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.revealsync.cli.UserError;
import com.revealsync.support.AppDatabaseTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PermissionsTest extends AppDatabaseTest {

    @Autowired
    TeamService team;

    @Autowired
    Permissions permissions;

    @Autowired
    AuditLog audit;

    @BeforeEach
    void aTeamOfThree() {
        team.add(null, "Admin@Acme.com", Role.ADMIN);
        team.add("admin@acme.com", "manager@acme.com", Role.MANAGER);
        team.add("admin@acme.com", "rep@acme.com", Role.USER);
    }

    @Test
    void onlyAdminsAndManagersChangeTheMapping() {
        assertThat(permissions.require("admin@acme.com", Action.CHANGE_MAPPING).role()).isEqualTo(Role.ADMIN);
        assertThat(permissions.require("MANAGER@acme.com", Action.CHANGE_MAPPING).role()).isEqualTo(Role.MANAGER);
        assertThatThrownBy(() -> permissions.require("rep@acme.com", Action.CHANGE_MAPPING, "jobs/mapping/default.yml"))
                .isInstanceOf(PermissionDeniedException.class)
                .hasMessage("not allowed: rep@acme.com is a USER and may not change the active mapping profile:"
                        + " that takes ADMIN or MANAGER");
    }

    @Test
    void onlyAdminsChangeAccountExportPreferencesAndTheRefusalIsAudited() {
        permissions.require("admin@acme.com", Action.CHANGE_ACCOUNT_PREFERENCES);

        assertThatThrownBy(() -> permissions.require("manager@acme.com", Action.CHANGE_ACCOUNT_PREFERENCES, "default"))
                .isInstanceOf(PermissionDeniedException.class)
                .hasMessageContaining("manager@acme.com is a MANAGER and may not change the account export preferences")
                .hasMessageContaining("that takes ADMIN");

        AuditEvent last = audit.recent(1).get(0);
        assertThat(last.actor()).isEqualTo("manager@acme.com");
        assertThat(last.what()).isEqualTo("CHANGE_ACCOUNT_PREFERENCES");
        assertThat(last.target()).isEqualTo("default");
        assertThat(last.outcome()).isEqualTo(AuditEvent.DENIED);
    }

    @Test
    void someoneOffTheTeamIsRefused() {
        assertThatThrownBy(() -> permissions.require("stranger@acme.com", Action.CHANGE_MAPPING))
                .isInstanceOf(PermissionDeniedException.class)
                .hasMessageContaining("stranger@acme.com is not a member of the team");
    }

    @Test
    void teamChangesTakeAnAdminAndAreAudited() {
        assertThatThrownBy(() -> team.add("manager@acme.com", "new@acme.com", Role.USER))
                .isInstanceOf(PermissionDeniedException.class).hasMessageContaining("that takes ADMIN");

        assertThat(team.add("admin@acme.com", "rep@acme.com", Role.MANAGER))
                .isEqualTo("changed rep@acme.com from USER to MANAGER");

        List<AuditEvent> events = audit.recent(10);
        assertThat(events).extracting(AuditEvent::what, AuditEvent::actor, AuditEvent::target, AuditEvent::outcome)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("TEAM_ROLE_CHANGE", "admin@acme.com", "rep@acme.com", "DONE"),
                        org.assertj.core.groups.Tuple.tuple("MANAGE_TEAM", "manager@acme.com", "new@acme.com", "DENIED"),
                        org.assertj.core.groups.Tuple.tuple("TEAM_ADD", "admin@acme.com", "rep@acme.com", "DONE"),
                        org.assertj.core.groups.Tuple.tuple("TEAM_ADD", "admin@acme.com", "manager@acme.com", "DONE"),
                        org.assertj.core.groups.Tuple.tuple("TEAM_ADD", "admin@acme.com", "admin@acme.com", "DONE"));
        assertThat(events.get(0).detail()).isEqualTo("USER -> MANAGER");
        assertThat(events).allSatisfy(e -> assertThat(e.at()).isNotNull());
    }

    @Test
    void theLastAdminCannotBeDemotedOrRemoved() {
        assertThatThrownBy(() -> team.add("admin@acme.com", "admin@acme.com", Role.USER))
                .isInstanceOf(UserError.class).hasMessageContaining("only ADMIN");
        assertThatThrownBy(() -> team.remove("admin@acme.com", "admin@acme.com"))
                .isInstanceOf(UserError.class).hasMessageContaining("only ADMIN");
        assertThat(team.remove("admin@acme.com", "rep@acme.com")).isEqualTo("removed rep@acme.com");
    }
}
