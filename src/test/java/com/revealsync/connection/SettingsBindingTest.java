package com.revealsync.connection;

import static org.assertj.core.api.Assertions.assertThat;

import com.revealsync.connection.crypto.TokenKeySettings;
import com.revealsync.connection.oauth.OAuthSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** The environment variable names the docs promise bind to the settings, and the defaults. */
class SettingsBindingTest {

    @Test
    void environmentVariablesBind() {
        Binder binder = binder(Map.of(
                "REVEAL_SYNC_TOKEN_KEY", "a2V5",
                "REVEAL_SYNC_TOKEN_KEY_FILE", "/secure/token.key",
                "REVEAL_SYNC_OAUTH_CLIENT_ID", "3MVG9-consumer-key",
                "REVEAL_SYNC_OAUTH_CLIENT_SECRET", "consumer-secret",
                "REVEAL_SYNC_OAUTH_CALLBACK_PORT", "1717",
                "REVEAL_SYNC_ACTOR", "boss@acme.com"));

        TokenKeySettings keys = binder.bind("reveal-sync", TokenKeySettings.class).get();
        OAuthSettings oauth = binder.bind("reveal-sync.oauth", OAuthSettings.class).get();

        assertThat(keys.tokenKey()).isEqualTo("a2V5");
        assertThat(keys.tokenKeyFile()).isEqualTo(Path.of("/secure/token.key"));
        assertThat(oauth.clientId()).isEqualTo("3MVG9-consumer-key");
        assertThat(oauth.clientSecret()).isEqualTo("consumer-secret");
        assertThat(oauth.callbackPort()).isEqualTo(1717);
        assertThat(binder.bind("reveal-sync.actor", String.class).get()).isEqualTo("boss@acme.com");
        assertThat(keys.toString()).doesNotContain("a2V5");
        assertThat(oauth.toString()).doesNotContain("consumer-secret");
    }

    @Test
    void defaultsAreTheEmbeddedOrgs() {
        Binder binder = binder(Map.of("REVEAL_SYNC_OAUTH_CALLBACK_PORT", "0"));

        OAuthSettings oauth = binder.bind("reveal-sync.oauth", OAuthSettings.class).get();
        TokenKeySettings keys = binder.bindOrCreate("reveal-sync", TokenKeySettings.class);

        assertThat(oauth.clientId()).isEqualTo("reveal-sync");
        assertThat(oauth.clientSecret()).isEqualTo("reveal-sync-secret");
        assertThat(oauth.signInTimeout()).isEqualTo(Duration.ofMinutes(5));
        assertThat(keys.tokenKeyFile().normalize()).isEqualTo(Path.of("data/token.key"));
        assertThat(keys.tokenKey()).isNull();
    }

    private static Binder binder(Map<String, Object> environment) {
        StandardEnvironment env = new StandardEnvironment();
        MutablePropertySources sources = env.getPropertySources();
        sources.remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        sources.addFirst(new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, environment));
        ConfigurationPropertySources.attach(env);
        return Binder.get(env);
    }
}
