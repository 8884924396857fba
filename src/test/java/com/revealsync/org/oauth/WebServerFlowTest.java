package com.revealsync.org.oauth;

import static com.revealsync.org.oauth.OAuthTokenTest.assertError;
import static com.revealsync.org.testing.HeadlessAuthorize.VERIFIER;
import static com.revealsync.org.testing.HeadlessAuthorize.exchange;
import static org.assertj.core.api.Assertions.assertThat;

import com.revealsync.org.EmbeddedOrg;
import com.revealsync.org.OrgSettings;
import com.revealsync.org.testing.HeadlessAuthorize;
import com.revealsync.org.testing.OrgClient;
import com.revealsync.org.testing.OrgClient.TokenAnswer;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web-server flow with PKCE, completed headless over plain HTTP as a test browser would, then
 * refresh tokens: refresh, rotation, revocation, persistence across restarts.
 */
class WebServerFlowTest {

    private static EmbeddedOrg org;
    private static OrgClient client;
    private static HeadlessAuthorize browser;

    @BeforeAll
    static void start() {
        org = EmbeddedOrg.start(OrgSettings.inMemory());
        client = new OrgClient(org);
        browser = new HeadlessAuthorize(org, client);
    }

    @AfterAll
    static void stop() {
        org.stop();
    }

    @Test
    void codeWithPkceGivesAccessAndRefreshTokens() {
        Map<String, String> redirect = browser.decide("manager@reveal-sync.local", OrgClient.PASSWORD, "allow", "st-1");
        assertThat(redirect).containsEntry("state", "st-1").containsKey("code");

        TokenAnswer answer = client.token(exchange(redirect.get("code"), VERIFIER));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().propertyNames()).containsExactly("access_token", "refresh_token", "signature", "scope",
                "instance_url", "id", "token_type", "issued_at");
        assertThat(org.sessions().find(answer.text("access_token")).orElseThrow().username()).isEqualTo("manager@reveal-sync.local");

        TokenAnswer refreshed = client.refresh(answer.text("refresh_token"));
        assertThat(refreshed.status()).isEqualTo(200);
        assertThat(refreshed.text("refresh_token")).as("no rotation by default").isNull();
        assertThat(refreshed.text("access_token")).isNotEqualTo(answer.text("access_token"));
    }

    @Test
    void aWrongCodeVerifierIsRefused() {
        String code = browser.decide(OrgClient.ADMIN, OrgClient.PASSWORD, "allow", "s").get("code");
        assertError(client.token(exchange(code, VERIFIER.replace('a', 'b'))), "invalid_grant", "invalid code verifier");
    }

    @Test
    void aCodeWorksOnce() {
        String code = browser.decide(OrgClient.ADMIN, OrgClient.PASSWORD, "allow", "s").get("code");
        assertThat(client.token(exchange(code, VERIFIER)).status()).isEqualTo(200);
        assertError(client.token(exchange(code, VERIFIER)), "invalid_grant", "invalid authorization code");
    }

    @Test
    void denyingRedirectsWithAccessDenied() {
        Map<String, String> redirect = browser.decide(OrgClient.ADMIN, OrgClient.PASSWORD, "deny", "s-9");
        assertThat(redirect).containsEntry("error", "access_denied").containsEntry("state", "s-9").doesNotContainKey("code");
    }

    @Test
    void aBadPasswordShowsTheFormAgain() {
        Map<String, String> form = HeadlessAuthorize.hiddenFields(browser.page(HeadlessAuthorize.REDIRECT, "s").body());
        form.put("username", OrgClient.ADMIN);
        form.put("password", "wrong");
        form.put("approve", "allow");
        HttpResponse<String> response = client.post("/services/oauth2/authorize", form);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("check your username and password").contains("<form");
    }

    @Test
    void aRedirectOffLoopbackIsRefused() {
        HttpResponse<String> response = browser.page("https://evil.example/cb", "s");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("redirect_uri_mismatch");
    }

    @Test
    void rotationIssuesANewRefreshTokenAndRetiresTheOld() {
        try (EmbeddedOrg rotating = EmbeddedOrg.start(OrgSettings.inMemory().withRotateRefreshTokens(true))) {
            OrgClient rotatingClient = new OrgClient(rotating);
            String first = rotatingClient.authorizationCodeTokens(OrgClient.ADMIN).text("refresh_token");

            TokenAnswer refreshed = rotatingClient.refresh(first);
            assertThat(refreshed.status()).isEqualTo(200);
            String second = refreshed.text("refresh_token");
            assertThat(second).isNotNull().isNotEqualTo(first);

            assertError(rotatingClient.refresh(first), "invalid_grant", "expired access/refresh token");
            assertThat(rotatingClient.refresh(second).status()).isEqualTo(200);
        }
    }

    @Test
    void refreshTokensSurviveARestartOfTheOrg(@TempDir Path dir) {
        String refreshToken;
        try (EmbeddedOrg first = EmbeddedOrg.start(OrgSettings.inFolder(dir))) {
            refreshToken = new OrgClient(first).authorizationCodeTokens(OrgClient.ADMIN).text("refresh_token");
        }
        assertThat(dir.resolve(RefreshTokenStore.FILE_NAME)).content().isNotBlank().doesNotContain(refreshToken);
        try (EmbeddedOrg second = EmbeddedOrg.start(OrgSettings.inFolder(dir))) {
            assertThat(new OrgClient(second).refresh(refreshToken).status()).isEqualTo(200);
        }
    }

    @Test
    void revokingAUsersRefreshTokensEndsTheirRefreshes() {
        TokenAnswer tokens = client.authorizationCodeTokens("rep@reveal-sync.local");
        assertThat(org.revokeRefreshTokens("rep@reveal-sync.local")).isPositive();
        assertError(client.refresh(tokens.text("refresh_token")), "invalid_grant", "expired access/refresh token");
        assertThat(org.sessions().find(tokens.text("access_token"))).isEmpty();
    }

    @Test
    void theRevokeEndpointRetiresARefreshToken() {
        String refreshToken = client.authorizationCodeTokens(OrgClient.ADMIN).text("refresh_token");
        assertThat(client.post("/services/oauth2/revoke", Map.of("token", refreshToken)).statusCode()).isEqualTo(200);
        assertError(client.refresh(refreshToken), "invalid_grant", "expired access/refresh token");
    }
}
