package com.revealsync.salesforce.auth;

import static com.revealsync.salesforce.testing.FakeHttpOrg.Reply;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.revealsync.salesforce.GatewaySettings;
import com.revealsync.salesforce.OrgUnreachableException;
import com.revealsync.salesforce.SalesforceGateways;
import com.revealsync.salesforce.testing.FakeHttpOrg;
import com.revealsync.salesforce.testing.FakeTime;
import com.revealsync.salesforce.usage.ApiCallCounter;
import com.revealsync.salesforce.usage.ApiCallKind;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The service account's token sources against a scripted token endpoint on loopback. */
class ServiceAccountTokenSourceTest {

    private static final String SECRET = "s3cret-client-secret";
    private static final String PASSWORD = "pa55word-and-token";

    private final FakeHttpOrg org = new FakeHttpOrg();
    private final FakeTime time = new FakeTime();
    private final ApiCallCounter counter = new ApiCallCounter();
    private final OAuthTokenClient client = new SalesforceGateways(GatewaySettings.DEFAULTS, counter, time, time).oauthClient();
    private final AtomicInteger issued = new AtomicInteger();

    @AfterEach
    void stop() {
        org.close();
    }

    private TokenSource passwordGrant() {
        return new PasswordGrantTokenSource(URI.create(org.url()), "integration@acme.com", PASSWORD, "client-1", SECRET, client);
    }

    private Reply token() {
        return Reply.of(200, "application/json", "{\"access_token\":\"00Dx!AQ" + issued.incrementAndGet()
                + "\",\"instance_url\":\"https://acme.my.salesforce.com\",\"id\":\"https://login/id/00D/005\","
                + "\"token_type\":\"Bearer\",\"issued_at\":\"1700000000000\",\"signature\":\"sig\"}");
    }

    private static Map<String, String> form(String body) {
        return Arrays.stream(body.split("&")).map(p -> p.split("=", 2)).collect(Collectors.toMap(
                p -> p[0], p -> URLDecoder.decode(p[1], StandardCharsets.UTF_8)));
    }

    @Test
    void the_password_grant_posts_the_credentials_and_keeps_the_token_until_renewed() {
        org.handler(r -> token());
        TokenSource tokens = passwordGrant();

        OrgToken first = tokens.current();
        OrgToken again = tokens.current();
        OrgToken renewed = tokens.renew();

        assertThat(first).isEqualTo(again).isEqualTo(new OrgToken("https://acme.my.salesforce.com", "00Dx!AQ1"));
        assertThat(renewed.accessToken()).isEqualTo("00Dx!AQ2");
        assertThat(org.requests()).hasSize(2).allSatisfy(r -> {
            assertThat(r.path()).isEqualTo("/services/oauth2/token");
            assertThat(r.header("Content-Type")).isEqualTo("application/x-www-form-urlencoded");
        });
        assertThat(form(org.requests().get(0).body())).containsExactlyInAnyOrderEntriesOf(Map.of("grant_type", "password",
                "client_id", "client-1", "client_secret", SECRET, "username", "integration@acme.com", "password", PASSWORD));
        assertThat(counter.snapshot().get(ApiCallKind.OAUTH)).isEqualTo(2);
        assertThat(first.toString()).doesNotContain("00Dx!AQ1");
    }

    @Test
    void a_token_whose_identity_url_names_the_org_and_user_carries_them() {
        org.handler(r -> Reply.of(200, "application/json", "{\"access_token\":\"00Dx!AQ\","
                + "\"instance_url\":\"https://acme.my.salesforce.com\","
                + "\"id\":\"https://login.salesforce.com/id/00D000000000001AAA/005000000000001AAA\","
                + "\"token_type\":\"Bearer\",\"issued_at\":\"1700000000000\",\"signature\":\"sig\"}"));

        OrgToken token = passwordGrant().current();

        assertThat(token.orgId()).isEqualTo("00D000000000001AAA");
        assertThat(token.userId()).isEqualTo("005000000000001AAA");
    }

    @Test
    void a_token_whose_identity_url_does_not_name_them_leaves_them_to_getUserInfo() {
        org.handler(r -> token()); // "id": https://login/id/00D/005: not Salesforce ids

        OrgToken token = passwordGrant().current();

        assertThat(token.orgId()).isNull();
        assertThat(token.userId()).isNull();
    }

    @Test
    void the_client_credentials_grant_posts_only_the_client() {
        org.handler(r -> token());

        new ClientCredentialsTokenSource(URI.create(org.url() + "/"), "client-1", SECRET, client).current();

        assertThat(form(org.requests().get(0).body())).containsExactlyInAnyOrderEntriesOf(Map.of(
                "grant_type", "client_credentials", "client_id", "client-1", "client_secret", SECRET));
    }

    @Test
    void a_refused_grant_asks_for_a_reconnect_and_tells_what_to_check_without_secrets() {
        org.handler(r -> Reply.of(400, "application/json",
                "{\"error\":\"invalid_grant\",\"error_description\":\"authentication failure\"}"));

        assertThatThrownBy(() -> passwordGrant().current())
                .isInstanceOf(ReconnectRequiredException.class)
                .hasMessageContaining("invalid_grant (authentication failure)")
                .hasMessageContaining("REVEAL_SYNC_SALESFORCE_PASSWORD")
                .message().doesNotContain(SECRET).doesNotContain(PASSWORD);
        assertThat(org.requests()).hasSize(1);
    }

    @Test
    void a_refused_client_is_an_oauth_error_without_secrets() {
        org.handler(r -> Reply.of(400, "application/json",
                "{\"error\":\"invalid_client\",\"error_description\":\"invalid client credentials\"}"));

        assertThatThrownBy(() -> passwordGrant().renew())
                .isInstanceOfSatisfying(OAuthException.class, e -> assertThat(e.error()).isEqualTo("invalid_client"))
                .hasMessageContaining("invalid client credentials")
                .message().doesNotContain(SECRET).doesNotContain(PASSWORD);
    }

    @Test
    void an_answer_that_is_not_json_is_an_oauth_error() {
        org.handler(r -> Reply.of(200, "text/html", "<html>login</html>"));

        assertThatThrownBy(() -> passwordGrant().current())
                .isInstanceOfSatisfying(OAuthException.class, e -> assertThat(e.error()).isEqualTo("invalid_response"));
    }

    @Test
    void an_unavailable_token_endpoint_is_retried_then_unreachable() {
        AtomicInteger calls = new AtomicInteger();
        org.handler(r -> calls.incrementAndGet() < 3 ? Reply.of(503, "text/html", "down") : token());

        assertThat(passwordGrant().current().accessToken()).isEqualTo("00Dx!AQ1");
        assertThat(time.sleeps()).hasSize(2);

        org.handler(r -> Reply.of(503, "text/html", "down"));
        assertThatThrownBy(() -> passwordGrant().renew()).isInstanceOf(OrgUnreachableException.class)
                .hasMessageContaining("oauth token password");
    }
}
