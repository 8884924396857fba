package com.revealsync.connection.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.revealsync.connection.ConnectionStatus;
import com.revealsync.connection.StoredTokens;
import com.revealsync.connection.ConnectionRepository;
import com.revealsync.org.OrgSettings;
import com.revealsync.support.ConnectionsFixture;
import com.revealsync.support.EmbeddedOrgExtension;
import com.revealsync.team.AuditEvent;
import com.revealsync.team.AuditLog;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/** The commands end to end: a headless sign-in at the embedded org through the real loopback listener. */
class ConnectCommandTest extends ConnectionsFixture {

    @RegisterExtension
    static final EmbeddedOrgExtension ORG = new EmbeddedOrgExtension(OrgSettings.inMemory());

    @Autowired
    ConnectionRepository store;

    @Autowired
    AuditLog audit;

    @Override
    protected EmbeddedOrgExtension org() {
        return ORG;
    }

    @BeforeEach
    void team() {
        aTeamOfThree();
    }

    @Test
    void connectRunsTheWholeFlowHeadlessAndStoresTheConnectionEncrypted() throws Exception {
        signIn.as(EmbeddedOrgExtension.REP, EmbeddedOrgExtension.PASSWORD);

        CliResult result = cli("connect", "--user", REP, "--env", ORG.url(), "--no-browser", "--timeout", "30s");

        assertThat(result.exitCode()).as(result.err()).isZero();
        String repId = ORG.org().data().userByUsername(EmbeddedOrgExtension.REP).orElseThrow().id();
        String orgId = ORG.org().data().organizationId();
        assertThat(result.out()).contains("Connected " + REP + " to Salesforce user " + repId + " in org " + orgId);
        assertThat(signIn.callbackStatus()).isEqualTo(200);

        var connection = store.find(REP).orElseThrow();
        assertThat(connection.status()).isEqualTo(ConnectionStatus.CONNECTED);
        assertThat(connection.instanceUrl()).isEqualTo(URI.create(ORG.url()));
        assertThat(connection.salesforceUserId()).isEqualTo(repId);

        StoredTokens tokens = store.tokens(REP);
        String raw = jdbc.sql("SELECT refresh_token_enc || ' ' || access_token_enc FROM sf_connection WHERE lusha_user = ?")
                .param(REP).query(String.class).single();
        assertThat(raw).doesNotContain(tokens.refreshToken()).doesNotContain(tokens.accessToken());
        assertThat(userInfo(tokens.accessToken())).as("the stored access token works at the org").isEqualTo(200);

        assertThat(audit.recent(1).get(0)).extracting(AuditEvent::actor, AuditEvent::what, AuditEvent::target)
                .containsExactly(REP, "CONNECT", REP);
    }

    @Test
    void connectionsListsEveryoneAndWhatNeedsAttention() {
        connect(REP, EmbeddedOrgExtension.REP);
        connect(LEAD, EmbeddedOrgExtension.MANAGER);
        ORG.org().revokeRefreshTokens(EmbeddedOrgExtension.MANAGER);
        var run = connections.forRun().tokenSourceFor(LEAD);
        try {
            run.renew();
        } catch (RuntimeException expected) {
            // LEAD is now RECONNECT_REQUIRED
        }

        CliResult list = cli("connections");

        assertThat(list.exitCode()).isZero();
        assertThat(list.out())
                .containsPattern("USER\\s+ENVIRONMENT\\s+SALESFORCE USER\\s+STATUS\\s+LAST REFRESH\\s+LAST ERROR")
                .containsPattern(REP + "\\s+http://127.0.0.1:\\d+\\s+005\\w+ \\(org 00D\\w+\\)\\s+CONNECTED\\s+never\\s+-")
                .containsPattern(LEAD + "\\s+\\S+\\s+005\\w+ \\(org 00D\\w+\\)\\s+RECONNECT_REQUIRED")
                .contains("1 connection(s) need attention:")
                .contains("- " + LEAD + ": the Salesforce connection of " + LEAD + " needs to be renewed")
                .contains("`reveal-sync reconnect --user " + LEAD + "`");
    }

    @Test
    void reconnectRestoresALostConnection() {
        connect(REP, EmbeddedOrgExtension.REP);
        ORG.org().revokeRefreshTokens(EmbeddedOrgExtension.REP);
        try {
            connections.forRun().tokenSourceFor(REP).renew();
        } catch (RuntimeException expected) {
            // now RECONNECT_REQUIRED
        }
        signIn.as(EmbeddedOrgExtension.REP, EmbeddedOrgExtension.PASSWORD);

        CliResult result = cli("reconnect", "--user", REP, "--no-browser");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("Reconnected " + REP);
        var connection = store.find(REP).orElseThrow();
        assertThat(connection.status()).isEqualTo(ConnectionStatus.CONNECTED);
        assertThat(connection.lastError()).isNull();
        assertThat(connections.forRun().tokenSourceFor(REP).renew().accessToken()).isNotBlank();
    }

    @Test
    void disconnectRevokesAtSalesforceAndDeletesTheRow() {
        connect(REP, EmbeddedOrgExtension.REP);
        String refreshToken = store.tokens(REP).refreshToken();

        CliResult result = cli("disconnect", "--user", REP);

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("disconnected " + REP + ": the token was revoked at Salesforce");
        assertThat(store.find(REP)).isEmpty();
        assertThat(ORG.org().sessions()).isNotNull();
        assertThat(refreshStatus(refreshToken)).as("the org no longer accepts the revoked token").isEqualTo(400);
        assertThat(audit.recent(1).get(0).what()).isEqualTo("DISCONNECT");
    }

    @Test
    void aPlainHttpProductionUrlIsRefusedBeforeAnySignIn() {
        CliResult result = cli("connect", "--user", REP, "--env", "http://login.salesforce.com", "--no-browser");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("error: login URL 'http://login.salesforce.com' uses plain http")
                .doesNotContain("Exception");
        assertThat(store.find(REP)).isEmpty();
        assertThat(ORG.tokenCalls()).isZero();
    }

    @Test
    void aCallbackWithAWrongStateIsRefusedAndNothingIsStored() {
        signIn.as(EmbeddedOrgExtension.REP, EmbeddedOrgExtension.PASSWORD)
                .bendingRedirect(location -> location.replaceAll("state=[^&]+", "state=forged"));

        CliResult result = cli("connect", "--user", REP, "--env", ORG.url(), "--no-browser", "--timeout", "30s");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("refused the sign-in callback for " + REP + ": its state does not match");
        assertThat(store.find(REP)).isEmpty();
        assertThat(ORG.tokenCalls()).as("the code is never exchanged").isZero();
    }

    @Test
    void aUserMayNotConnectSomeoneElseButAManagerMay() {
        signIn.as(EmbeddedOrgExtension.MANAGER, EmbeddedOrgExtension.PASSWORD);

        CliResult refused = cli("connect", "--user", LEAD, "--as", REP, "--env", ORG.url(), "--no-browser");

        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("not allowed: " + REP + " is a USER and may not connect or disconnect"
                + " another member's Salesforce account: that takes ADMIN or MANAGER");
        assertThat(store.find(LEAD)).isEmpty();
        assertThat(audit.recent(1).get(0)).extracting(AuditEvent::actor, AuditEvent::outcome, AuditEvent::target)
                .containsExactly(REP, AuditEvent.DENIED, LEAD);

        signIn.as(EmbeddedOrgExtension.REP, EmbeddedOrgExtension.PASSWORD);
        CliResult allowed = cli("connect", "--user", REP, "--as", LEAD, "--env", ORG.url(), "--no-browser");
        assertThat(allowed.exitCode()).as(allowed.err()).isZero();
        assertThat(audit.recent(1).get(0)).extracting(AuditEvent::actor, AuditEvent::what, AuditEvent::target)
                .containsExactly(LEAD, "CONNECT", REP);
    }

    @Test
    void someoneOffTheTeamCannotBeConnectedAndNoSignInStarts() {
        CliResult result = cli("connect", "--user", "stranger@acme.com", "--as", BOSS, "--env", ORG.url(), "--no-browser");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("stranger@acme.com is not on the team");
        assertThat(ORG.tokenCalls()).isZero();
    }

    @Test
    void aSecondConnectPointsToReconnect() {
        connect(REP, EmbeddedOrgExtension.REP);

        CliResult again = cli("connect", "--user", REP, "--env", ORG.url(), "--no-browser");

        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).contains(REP + " is already connected (CONNECTED").contains("reveal-sync reconnect --user " + REP);
    }

    private int userInfo(String accessToken) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(ORG.url() + "/services/oauth2/userinfo"))
                        .header("Authorization", "Bearer " + accessToken).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return response.statusCode();
    }

    private int refreshStatus(String refreshToken) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(ORG.url() + "/services/oauth2/token"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString("grant_type=refresh_token&client_id=reveal-sync"
                                    + "&client_secret=reveal-sync-secret&refresh_token="
                                    + java.net.URLEncoder.encode(refreshToken, java.nio.charset.StandardCharsets.UTF_8)))
                            .build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
