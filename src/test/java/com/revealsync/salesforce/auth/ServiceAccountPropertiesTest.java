package com.revealsync.salesforce.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ServiceAccountPropertiesTest {

    @Test
    void nothing_set_means_no_service_account() {
        assertThat(new ServiceAccountProperties(null, " ", null, null, null).isConfigured()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            https://login.salesforce.com | u@acme.com | pw | id | secret | PasswordGrantTokenSource
            https://acme.my.salesforce.com | -        | -  | id | secret | ClientCredentialsTokenSource
            http://127.0.0.1:8443        | u@acme.com | pw | id | secret | PasswordGrantTokenSource
            http://localhost:8443        | u@acme.com | pw | id | secret | PasswordGrantTokenSource
            """)
    void a_complete_service_account_picks_its_grant(String url, String user, String password, String id, String secret,
                                                    String grant) {
        ServiceAccountProperties properties = new ServiceAccountProperties(url, user, password, id, secret);

        assertThat(properties.tokenSource(null)).get().extracting(t -> t.getClass().getSimpleName()).isEqualTo(grant);
    }

    @ParameterizedTest(name = "{5}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            http://login.salesforce.com | u | pw-value | id | secret-value | must be an https URL
            not a url at all            | u | pw-value | id | secret-value | is not a URL
            https://login.salesforce.com | u | pw-value | - | secret-value | needs reveal-sync.salesforce.client-id
            https://login.salesforce.com | u | -  | id | secret-value | needs both reveal-sync.salesforce.username
            -                           | u | pw-value | id | secret-value | REVEAL_SYNC_SALESFORCE_URL) is not set
            """)
    void an_incomplete_or_unsafe_service_account_is_refused_with_the_setting_to_fix(String url, String user, String password,
                                                                                     String id, String secret, String message) {
        assertThatThrownBy(() -> new ServiceAccountProperties(url, user, password, id, secret))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message)
                .message().doesNotContain("secret-value").doesNotContain("pw-value");
    }

    @Test
    void to_string_shows_no_secret() {
        String text = new ServiceAccountProperties("https://login.salesforce.com", "u@acme.com", "hunter2", "id",
                "topsecret").toString();

        assertThat(text).contains("u@acme.com").doesNotContain("hunter2").doesNotContain("topsecret");
    }
}
