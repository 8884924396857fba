package com.revealsync.org.oauth;

import static com.revealsync.org.oauth.OAuthTokenTest.assertError;
import static com.revealsync.org.oauth.OAuthTokenTest.refresh;
import static org.assertj.core.api.Assertions.assertThat;

import com.revealsync.org.EmbeddedOrg;
import com.revealsync.org.OrgSettings;
import com.revealsync.org.testing.OrgClient;
import com.revealsync.org.testing.OrgClient.TokenAnswer;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web-server flow with PKCE, completed headless over plain HTTP as a test browser would: GET
 * the authorize page, post its form back with credentials and approval, follow nothing, read the
 * code off the redirect, and exchange it.
 */
class WebServerFlowTest {

    private static final String REDIRECT = "http://127.0.0.1:7171/oauth/callback";
    private static final String VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk-and-some-more";

    private static EmbeddedOrg org;
    private static OrgClient client;

    @BeforeAll
    static void start() {
        org = EmbeddedOrg.start(OrgSettings.inMemory());
        client = new OrgClient(org);
    }

    @AfterAll
    static void stop() {
        org.stop();
    }

    @Test
    void codeWithPkceGivesAccessAndRefreshTokens() {
        Map<String, String> redirect = authorize("manager@reveal-sync.local", OrgClient.PASSWORD, "allow", "st-1");
        assertThat(redirect).containsEntry("state", "st-1").containsKey("code");

        TokenAnswer answer = client.token(exchange(redirect.get("code"), VERIFIER));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().propertyNames()).containsExactly("access_token", "refresh_token", "signature", "scope",
                "instance_url", "id", "token_type", "issued_at");
        assertThat(org.sessions().find(answer.text("access_token")).orElseThrow().username()).isEqualTo("manager@reveal-sync.local");

        TokenAnswer refreshed = client.token(refresh(answer.text("refresh_token")));
        assertThat(refreshed.status()).isEqualTo(200);
        assertThat(refreshed.text("refresh_token")).as("no rotation by default").isNull();
        assertThat(refreshed.text("access_token")).isNotEqualTo(answer.text("access_token"));
    }

    @Test
    void aWrongCodeVerifierIsRefused() {
        String code = authorize(OrgClient.ADMIN, OrgClient.PASSWORD, "allow", "s").get("code");
        assertError(client.token(exchange(code, VERIFIER.replace('a', 'b'))), "invalid_grant", "invalid code verifier");
    }

    @Test
    void aCodeWorksOnce() {
        String code = authorize(OrgClient.ADMIN, OrgClient.PASSWORD, "allow", "s").get("code");
        assertThat(client.token(exchange(code, VERIFIER)).status()).isEqualTo(200);
        assertError(client.token(exchange(code, VERIFIER)), "invalid_grant", "invalid authorization code");
    }

    @Test
    void denyingRedirectsWithAccessDenied() {
        Map<String, String> redirect = authorize(OrgClient.ADMIN, OrgClient.PASSWORD, "deny", "s-9");
        assertThat(redirect).containsEntry("error", "access_denied").containsEntry("state", "s-9");
    }

    @Test
    void aBadPasswordShowsTheFormAgain() {
        String page = client.send(HttpRequest.newBuilder(authorizeUri(org, REDIRECT, "s")).GET().build()).body();
        Map<String, String> form = hiddenFields(page);
        form.put("username", OrgClient.ADMIN);
        form.put("password", "wrong");
        form.put("approve", "allow");
        HttpResponse<String> response = client.post("/services/oauth2/authorize", form);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("check your username and password").contains("<form");
    }

    @Test
    void aRedirectOffLoopbackIsRefused() {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(authorizeUri(org, "https://evil.example/cb", "s")).GET().build());
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("redirect_uri_mismatch");
    }

    @Test
    void rotationIssuesANewRefreshTokenAndRetiresTheOld() {
        try (EmbeddedOrg rotating = EmbeddedOrg.start(OrgSettings.inMemory().withRotateRefreshTokens(true))) {
            OrgClient rotatingClient = new OrgClient(rotating);
            String first = grantRefreshToken(rotating, rotatingClient);

            TokenAnswer refreshed = rotatingClient.token(refresh(first));
            assertThat(refreshed.status()).isEqualTo(200);
            String second = refreshed.text("refresh_token");
            assertThat(second).isNotNull().isNotEqualTo(first);

            assertError(rotatingClient.token(refresh(first)), "invalid_grant", "expired access/refresh token");
            assertThat(rotatingClient.token(refresh(second)).status()).isEqualTo(200);
        }
    }

    @Test
    void refreshTokensSurviveARestartOfTheOrg(@TempDir Path dir) {
        String refreshToken;
        try (EmbeddedOrg first = EmbeddedOrg.start(OrgSettings.inFolder(dir))) {
            refreshToken = grantRefreshToken(first, new OrgClient(first));
        }
        assertThat(dir.resolve(RefreshTokenStore.FILE_NAME)).content().doesNotContain(refreshToken);
        try (EmbeddedOrg second = EmbeddedOrg.start(OrgSettings.inFolder(dir))) {
            assertThat(new OrgClient(second).token(refresh(refreshToken)).status()).isEqualTo(200);
        }
    }

    @Test
    void revokingAUsersRefreshTokensEndsTheirRefreshes() {
        String refreshToken = grantRefreshToken(org, client);
        assertThat(org.revokeRefreshTokens(OrgClient.ADMIN)).isPositive();
        assertError(client.token(refresh(refreshToken)), "invalid_grant", "expired access/refresh token");
    }

    @Test
    void theRevokeEndpointRetiresARefreshToken() {
        String refreshToken = grantRefreshToken(org, client);
        assertThat(client.post("/services/oauth2/revoke", Map.of("token", refreshToken)).statusCode()).isEqualTo(200);
        assertError(client.token(refresh(refreshToken)), "invalid_grant", "expired access/refresh token");
    }

    private static String grantRefreshToken(EmbeddedOrg target, OrgClient targetClient) {
        String code = authorizeAt(target, targetClient, OrgClient.ADMIN, OrgClient.PASSWORD, "allow", "s").get("code");
        TokenAnswer answer = targetClient.token(exchange(code, VERIFIER));
        assertThat(answer.status()).isEqualTo(200);
        return answer.text("refresh_token");
    }

    private static Map<String, String> authorize(String username, String password, String approve, String state) {
        return authorizeAt(org, client, username, password, approve, state);
    }

    /** GET the page, post its form back, return the redirect's query parameters. */
    private static Map<String, String> authorizeAt(EmbeddedOrg target, OrgClient targetClient, String username, String password,
                                            String approve, String state) {
        HttpResponse<String> page = targetClient.send(HttpRequest.newBuilder(authorizeUri(target, REDIRECT, state)).GET().build());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("not Salesforce");
        Map<String, String> form = hiddenFields(page.body());
        form.put("username", username);
        form.put("password", password);
        form.put("approve", approve);
        HttpResponse<String> answer = targetClient.post("/services/oauth2/authorize", form);
        assertThat(answer.statusCode()).isEqualTo(302);
        String location = answer.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith(REDIRECT + "?");
        return query(location.substring(location.indexOf('?') + 1));
    }

    private static URI authorizeUri(EmbeddedOrg target, String redirect, String state) {
        return URI.create(target.baseUrl() + "/services/oauth2/authorize?response_type=code&client_id=" + OrgClient.CLIENT_ID
                + "&redirect_uri=" + URLEncoder.encode(redirect, StandardCharsets.UTF_8)
                + "&code_challenge=" + challenge(VERIFIER) + "&code_challenge_method=S256&state="
                + URLEncoder.encode(state, StandardCharsets.UTF_8));
    }

    private static Map<String, String> exchange(String code, String verifier) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("client_id", OrgClient.CLIENT_ID);
        form.put("code", code);
        form.put("redirect_uri", REDIRECT);
        form.put("code_verifier", verifier);
        return form;
    }

    private static Map<String, String> hiddenFields(String html) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher m = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">").matcher(html);
        while (m.find()) {
            fields.put(m.group(1), m.group(2).replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">")
                    .replace("&#39;", "'").replace("&amp;", "&"));
        }
        return fields;
    }

    private static Map<String, String> query(String query) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            values.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return values;
    }

    private static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
