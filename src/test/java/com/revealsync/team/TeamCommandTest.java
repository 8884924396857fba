package com.revealsync.team;

import static org.assertj.core.api.Assertions.assertThat;

import com.revealsync.support.AppDatabaseTest;
import org.junit.jupiter.api.Test;

class TeamCommandTest extends AppDatabaseTest {

    @Test
    void theFirstMemberMustBeAnAdminAddingThemself() {
        CliResult notAdmin = cli("team", "add", "rep@acme.com", "--role", "USER");
        assertThat(notAdmin.exitCode()).isEqualTo(2);
        assertThat(notAdmin.err()).contains("the team is empty: the first member must be an ADMIN adding themself");

        CliResult someoneElse = cli("team", "add", "boss@acme.com", "--role", "ADMIN", "--as", "rep@acme.com");
        assertThat(someoneElse.exitCode()).isEqualTo(2);

        CliResult first = cli("team", "add", "boss@acme.com", "--role", "ADMIN");
        assertThat(first.exitCode()).isZero();
        assertThat(first.out()).contains("added boss@acme.com as ADMIN, the team's first member");
    }

    @Test
    void afterBootstrapTheActorMustBeNamedAndAllowed() {
        cli("team", "add", "boss@acme.com", "--role", "ADMIN");

        CliResult anonymous = cli("team", "add", "rep@acme.com", "--role", "USER");
        assertThat(anonymous.exitCode()).isEqualTo(2);
        assertThat(anonymous.err()).contains("Pass --as YOUR-EMAIL or set REVEAL_SYNC_ACTOR");

        assertThat(cli("team", "add", "rep@acme.com", "--role", "USER", "--as", "boss@acme.com").exitCode()).isZero();
        CliResult forbidden = cli("team", "add", "x@acme.com", "--role", "ADMIN", "--as", "rep@acme.com");
        assertThat(forbidden.exitCode()).isEqualTo(2);
        assertThat(forbidden.err()).contains("error: not allowed: rep@acme.com is a USER and may not add, remove or change"
                + " the role of team members: that takes ADMIN").doesNotContain("Exception");

        CliResult list = cli("team");
        assertThat(list.exitCode()).isZero();
        assertThat(list.out()).containsPattern("EMAIL\\s+ROLE\\s+ADDED\\s+ADDED BY")
                .containsPattern("boss@acme.com\\s+ADMIN").containsPattern("rep@acme.com\\s+USER\\s+\\S+ \\S+\\s+boss@acme.com");
    }

    @Test
    void aBadRoleOrEmailIsAUsageError() {
        CliResult badRole = cli("team", "add", "boss@acme.com", "--role", "OWNER");
        assertThat(badRole.exitCode()).isEqualTo(2);
        assertThat(badRole.err()).contains("OWNER");

        CliResult badEmail = cli("team", "add", "not-an-email", "--role", "ADMIN");
        assertThat(badEmail.exitCode()).isEqualTo(2);
        assertThat(badEmail.err()).contains("team member 'not-an-email' is not an email address");
    }
}
