package com.revealsync.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.revealsync.cli.UserError;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

class LoginUrlResolverTest {

    @Test
    void envWinsThenTheConfiguredSalesforceThenTheEmbeddedOrg() {
        LoginUrlResolver resolver = resolver("https://acme.my.salesforce.com", "http://127.0.0.1:7001");
        assertThat(resolver.resolve("sandbox")).isEqualTo(SalesforceEnvironment.SANDBOX);
        assertThat(resolver.resolve(null).loginUrl()).isEqualTo(URI.create("https://acme.my.salesforce.com"));

        assertThat(resolver("", "http://127.0.0.1:7001").resolve(null))
                .isEqualTo(new SalesforceEnvironment(EnvironmentKind.CUSTOM, URI.create("http://127.0.0.1:7001")));
        assertThat(resolver("https://login.salesforce.com", null).resolve(null)).isEqualTo(SalesforceEnvironment.PRODUCTION);
    }

    @Test
    void withNothingToGoOnItAsksForEnv() {
        assertThatThrownBy(() -> resolver("", null).resolve(null)).isInstanceOf(UserError.class)
                .hasMessageContaining("pass --env production, --env sandbox or --env https://");
    }

    private static LoginUrlResolver resolver(String configured, String embedded) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        if (embedded != null) {
            beans.addBean("embeddedOrg", (DefaultLoginUrl) () -> URI.create(embedded));
        }
        return new LoginUrlResolver(configured, beans.getBeanProvider(DefaultLoginUrl.class));
    }
}
