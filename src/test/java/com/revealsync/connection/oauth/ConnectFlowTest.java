package com.revealsync.connection.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.revealsync.cli.UserError;
import com.revealsync.org.OrgSettings;
import com.revealsync.support.EmbeddedOrgExtension;
import com.revealsync.support.HeadlessSignIn;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The sign-in flow on its own, against the embedded org: PKCE, the loopback listener, refusals. */
class ConnectFlowTest {

    @RegisterExtension
    static final EmbeddedOrgExtension ORG = new EmbeddedOrgExtension(OrgSettings.inMemory());

    private final OAuthSettings settings = new OAuthSettings("reveal-sync", EmbeddedOrgExtension.CLIENT_SECRET, 0,
            Duration.ofMinutes(5), Duration.ofSeconds(10));
    private final ConnectFlow flow = new ConnectFlow(new OAuthClient(settings), settings, new SecureRandom());
    private final URI login = URI.create(ORG.url());

    @Test
    void theAuthorizeUrlAsksForACodeWithS256AndALoopbackRedirect() {
        AtomicReference<URI> shown = new AtomicReference<>();
        HeadlessSignIn browser = new HeadlessSignIn().as(EmbeddedOrgExtension.REP, EmbeddedOrgExtension.PASSWORD);

        TokenGrant grant = flow.signIn(login, "rep@acme.com", (url, who, open) -> {
            shown.set(url);
            browser.show(url, who, open);
        }, false, Duration.ofSeconds(30));

        String query = shown.get().getQuery();
        assertThat(shown.get().getPath()).isEqualTo("/services/oauth2/authorize");
        assertThat(query).contains("response_type=code", "client_id=reveal-sync", "code_challenge_method=S256",
                        "redirect_uri=http://127.0.0.1:", "/OauthRedirect", "state=", "code_challenge=")
                .doesNotContain("client_secret").doesNotContain(EmbeddedOrgExtension.CLIENT_SECRET);
        assertThat(grant.refreshToken()).isNotBlank();
        assertThat(grant.orgId()).startsWith("00D");
        assertThat(grant.userId()).startsWith("005");
        assertThat(grant.toString()).doesNotContain(grant.accessToken()).doesNotContain(grant.refreshToken());
    }

    @Test
    void noSignInWithinTheTimeoutIsAClearRefusal() {
        assertThatThrownBy(() -> flow.signIn(login, "rep@acme.com", (url, who, open) -> { }, false, Duration.ofMillis(300)))
                .isInstanceOf(UserError.class)
                .hasMessage("no sign-in came back within 0.3s; nothing was stored. Run the command again (--timeout to wait longer)");
    }

    @Test
    void aDeniedSignInIsReportedWithSalesforcesReason() {
        HeadlessSignIn browser = new HeadlessSignIn().as(EmbeddedOrgExtension.REP, EmbeddedOrgExtension.PASSWORD)
                .bendingRedirect(location -> location.replaceAll("code=[^&]+",
                        "error=access_denied&error_description=end-user+denied+authorization"));

        assertThatThrownBy(() -> flow.signIn(login, "rep@acme.com", browser, false, Duration.ofSeconds(30)))
                .isInstanceOf(UserError.class)
                .hasMessage("Salesforce did not complete the sign-in of rep@acme.com: access_denied"
                        + " (end-user denied authorization); nothing was stored");
        assertThat(browser.callbackStatus()).isEqualTo(200);
    }

    @Test
    void theListenerAnswersOnlyItsCallbackPathAndStopsAfterwards() throws Exception {
        AtomicReference<URI> redirect = new AtomicReference<>();
        HttpClient http = HttpClient.newHttpClient();
        HeadlessSignIn browser = new HeadlessSignIn().as(EmbeddedOrgExtension.REP, EmbeddedOrgExtension.PASSWORD);

        flow.signIn(login, "rep@acme.com", (url, who, open) -> {
            String query = url.getRawQuery();
            String encoded = query.replaceAll(".*redirect_uri=([^&]+).*", "$1");
            redirect.set(URI.create(java.net.URLDecoder.decode(encoded, java.nio.charset.StandardCharsets.UTF_8)));
            try {
                HttpResponse<String> other = http.send(HttpRequest.newBuilder(redirect.get().resolve("/favicon.ico"))
                        .build(), HttpResponse.BodyHandlers.ofString());
                assertThat(other.statusCode()).isEqualTo(404);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            browser.show(url, who, open);
        }, false, Duration.ofSeconds(30));

        assertThat(redirect.get().getHost()).isEqualTo("127.0.0.1");
        assertThatThrownBy(() -> http.send(HttpRequest.newBuilder(redirect.get()).build(), HttpResponse.BodyHandlers.ofString()))
                .as("the listener is closed once the sign-in is over").isInstanceOf(java.io.IOException.class);
    }
}
