package com.revealsync.support;

import com.revealsync.connection.Connection;
import com.revealsync.connection.ConnectionService;
import com.revealsync.connection.SalesforceEnvironment;
import com.revealsync.team.Role;
import com.revealsync.team.TeamService;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An app database plus an embedded org: a team of three Lusha users (boss: ADMIN, lead: MANAGER,
 * rep: USER) who sign in as the org's admin, manager and rep users.
 */
public abstract class ConnectionsFixture extends AppDatabaseTest {

    public static final String BOSS = "boss@acme.com";
    public static final String LEAD = "lead@acme.com";
    public static final String REP = "rep@acme.com";

    @Autowired
    protected ConnectionService connections;

    @Autowired
    protected TeamService team;

    protected abstract EmbeddedOrgExtension org();

    protected void aTeamOfThree() {
        team.add(null, BOSS, Role.ADMIN);
        team.add(BOSS, LEAD, Role.MANAGER);
        team.add(BOSS, REP, Role.USER);
    }

    /** Connects a Lusha user (acting for themself) by signing in headless as an org user. */
    protected Connection connect(String lushaUser, String orgUser) {
        signIn.as(orgUser, EmbeddedOrgExtension.PASSWORD);
        return connections.connect(lushaUser, lushaUser, SalesforceEnvironment.custom(org().url()), signInSettings());
    }

    protected ConnectionService.SignIn signInSettings() {
        return new ConnectionService.SignIn(signIn, false, Duration.ofSeconds(30));
    }
}
