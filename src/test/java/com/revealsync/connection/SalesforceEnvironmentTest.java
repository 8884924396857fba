package com.revealsync.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.revealsync.cli.UserError;
import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SalesforceEnvironmentTest {

    @ParameterizedTest
    @CsvSource({
            "production,                          PRODUCTION, https://login.salesforce.com",
            "Sandbox,                             SANDBOX,    https://test.salesforce.com",
            "https://login.salesforce.com/,       PRODUCTION, https://login.salesforce.com",
            "https://Acme.my.salesforce.com,      CUSTOM,     https://acme.my.salesforce.com",
            "https://acme--uat.sandbox.my.salesforce.com:443, CUSTOM, https://acme--uat.sandbox.my.salesforce.com:443",
            "http://127.0.0.1:8443,               CUSTOM,     http://127.0.0.1:8443",
            "http://localhost:9000/,              CUSTOM,     http://localhost:9000",
    })
    void accepts(String input, EnvironmentKind kind, String loginUrl) {
        SalesforceEnvironment env = SalesforceEnvironment.parse(input);

        assertThat(env.kind()).isEqualTo(kind);
        assertThat(env.loginUrl()).isEqualTo(URI.create(loginUrl));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "http://login.salesforce.com           | uses plain http",
            "http://acme.my.salesforce.com         | uses plain http",
            "http://10.0.0.5:8080                  | uses plain http",
            "ftp://acme.my.salesforce.com          | must be an absolute https URL",
            "acme.my.salesforce.com                | must be an absolute https URL",
            "https://user:pw@acme.my.salesforce.com | no user name, query or fragment",
            "https://acme.my.salesforce.com/?x=1   | no user name, query or fragment",
            "https://acme.my.salesforce.com/services | must be a host only",
            "https://acme .com                     | is not a valid URL",
    })
    void refuses(String input, String reason) {
        assertThatThrownBy(() -> SalesforceEnvironment.parse(input))
                .isInstanceOf(UserError.class).hasMessageContaining(reason);
    }
}
