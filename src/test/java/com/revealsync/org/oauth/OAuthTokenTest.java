package com.revealsync.org.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import com.revealsync.org.EmbeddedOrg;
import com.revealsync.org.OrgSettings;
import com.revealsync.org.limits.ApiKind;
import com.revealsync.org.testing.OrgClient;
import com.revealsync.org.testing.OrgClient.TokenAnswer;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The token endpoint over plain HTTP: each grant's answer and each error, as Salesforce words them. */
class OAuthTokenTest {

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
    void passwordGrantAnswersLikeSalesforce() throws Exception {
        TokenAnswer answer = client.token(password(OrgClient.ADMIN, OrgClient.PASSWORD));

        assertThat(answer.status()).isEqualTo(200);
        JsonNode json = answer.json();
        assertThat(json.propertyNames()).containsExactly("access_token", "signature", "scope", "instance_url", "id",
                "token_type", "issued_at");
        assertThat(answer.text("instance_url")).isEqualTo(org.baseUrl());
        String userId = org.data().userByUsername(OrgClient.ADMIN).orElseThrow().id();
        assertThat(answer.text("id")).isEqualTo(org.baseUrl() + "/id/" + org.data().organizationId() + "/" + userId);
        assertThat(answer.text("token_type")).isEqualTo("Bearer");
        assertThat(json.get("issued_at").isString()).isTrue();
        assertThat(Long.parseLong(answer.text("issued_at"))).isGreaterThan(1_700_000_000_000L);
        assertThat(answer.text("signature")).isEqualTo(sign(answer.text("id") + answer.text("issued_at")));
        assertThat(org.sessions().find(answer.text("access_token"))).isPresent();
    }

    @Test
    void aBadPasswordIsAnAuthenticationFailure() {
        assertError(client.token(password(OrgClient.ADMIN, "wrong")), "invalid_grant", "authentication failure");
        assertError(client.token(password("nobody@reveal-sync.local", OrgClient.PASSWORD)), "invalid_grant", "authentication failure");
    }

    @Test
    void aWrongClientSecretIsInvalidClientCredentials() {
        Map<String, String> form = password(OrgClient.ADMIN, OrgClient.PASSWORD);
        form.put("client_secret", "guess");
        assertError(client.token(form), "invalid_client", "invalid client credentials");
        form.remove("client_secret");
        assertError(client.token(form), "invalid_client", "invalid client credentials");
    }

    @Test
    void anUnknownClientIdIsRefused() {
        Map<String, String> form = password(OrgClient.ADMIN, OrgClient.PASSWORD);
        form.put("client_id", "someone-else");
        assertError(client.token(form), "invalid_client_id", "client identifier invalid");
    }

    @Test
    void anUnknownGrantTypeIsUnsupported() {
        assertError(client.token(Map.of("grant_type", "implicit", "client_id", OrgClient.CLIENT_ID)),
                "unsupported_grant_type", "grant type not supported");
        assertError(client.token(Map.of()), "unsupported_grant_type", "grant type not supported");
    }

    @Test
    void clientCredentialsRunAsTheIntegrationUser() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "client_credentials");
        form.put("client_id", OrgClient.CLIENT_ID);
        form.put("client_secret", OrgClient.CLIENT_SECRET);
        TokenAnswer answer = client.token(form);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.text("refresh_token")).isNull();
        assertThat(org.sessions().find(answer.text("access_token")).orElseThrow().username()).isEqualTo(OrgClient.ADMIN);
    }

    @Test
    void clientCredentialsMayComeAsHttpBasic() {
        String basic = Base64.getEncoder().encodeToString((OrgClient.CLIENT_ID + ":" + OrgClient.CLIENT_SECRET)
                .getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(org.baseUrl() + "/services/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Authorization", "Basic " + basic)
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build();
        assertThat(client.send(request).statusCode()).isEqualTo(200);
    }

    @Test
    void anUnknownRefreshTokenIsExpired() {
        assertError(client.refresh("5AepNotAToken"), "invalid_grant", "expired access/refresh token");
    }

    @Test
    void tokenCallsAreCountedApartFromTheLimit() {
        long before = org.apiUsage().byKind().get(ApiKind.OAUTH);
        long limited = org.apiUsage().used();
        client.token(password(OrgClient.ADMIN, OrgClient.PASSWORD));
        assertThat(org.apiUsage().byKind().get(ApiKind.OAUTH)).isEqualTo(before + 1);
        assertThat(org.apiUsage().used()).isEqualTo(limited);
    }

    @Test
    void anOversizedFormIsRefusedClearly() {
        HttpResponse<String> response = client.post("/services/oauth2/token", Map.of("grant_type", "password",
                "padding", "x".repeat(70_000)));
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("invalid_request").contains("exceeds the limit of 65536 bytes");
    }

    @Test
    void theTokenEndpointWantsPost() {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(
                URI.create(org.baseUrl() + "/services/oauth2/token?grant_type=password")).GET().build());
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("invalid_request");
    }

    @Test
    void userInfoAndTheIdUrlDescribeTheTokensUser() {
        TokenAnswer answer = client.token(password("rep@reveal-sync.local", OrgClient.PASSWORD));
        String token = answer.text("access_token");
        HttpResponse<String> userInfo = client.send(HttpRequest.newBuilder(URI.create(org.baseUrl() + "/services/oauth2/userinfo"))
                .header("Authorization", "Bearer " + token).GET().build());
        assertThat(userInfo.statusCode()).isEqualTo(200);
        assertThat(JsonMapper.shared().readTree(userInfo.body()).get("preferred_username").asString()).isEqualTo("rep@reveal-sync.local");

        HttpResponse<String> identity = client.send(HttpRequest.newBuilder(URI.create(answer.text("id")))
                .header("Authorization", "Bearer " + token).GET().build());
        assertThat(identity.statusCode()).isEqualTo(200);
        JsonNode json = JsonMapper.shared().readTree(identity.body());
        assertThat(json.get("username").asString()).isEqualTo("rep@reveal-sync.local");
        assertThat(json.get("urls").get("partner").asString()).startsWith(org.baseUrl() + "/services/Soap/u/");

        HttpResponse<String> anonymous = client.send(HttpRequest.newBuilder(URI.create(org.baseUrl() + "/services/oauth2/userinfo"))
                .GET().build());
        assertThat(anonymous.statusCode()).isEqualTo(401);
    }

    @Test
    void revokingAnAccessTokenEndsItsSession() {
        String token = client.token(password(OrgClient.ADMIN, OrgClient.PASSWORD)).text("access_token");
        assertThat(client.post("/services/oauth2/revoke", Map.of("token", token)).statusCode()).isEqualTo(200);
        assertThat(org.sessions().find(token)).isEmpty();
        assertThat(client.post("/services/oauth2/revoke", Map.of("token", token)).statusCode()).isEqualTo(400);
    }

    static void assertError(TokenAnswer answer, String error, String description) {
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.text("error")).isEqualTo(error);
        assertThat(answer.text("error_description")).isEqualTo(description);
    }

    static Map<String, String> password(String username, String password) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "password");
        form.put("client_id", OrgClient.CLIENT_ID);
        form.put("client_secret", OrgClient.CLIENT_SECRET);
        form.put("username", username);
        form.put("password", password);
        return form;
    }

    private static String sign(String text) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(OrgClient.CLIENT_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return Base64.getEncoder().encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    }
}
