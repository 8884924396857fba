package com.revealsync.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import com.revealsync.salesforce.auth.PasswordGrantTokenSource;
import com.revealsync.salesforce.auth.TokenSource;
import com.revealsync.salesforce.usage.ApiBudget;
import com.revealsync.salesforce.usage.ApiCallCounter;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class SalesforceConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(SalesforceConfiguration.class);

    @Test
    void without_settings_the_defaults_apply_and_there_is_no_service_account() {
        runner.run(context -> {
            assertThat(context).hasSingleBean(SalesforceGateways.class).hasSingleBean(ApiCallCounter.class)
                    .doesNotHaveBean(TokenSource.class);
            assertThat(context.getBean(ApiBudget.class).maxShare()).isEqualTo(0.9);
            assertThat(context.getBean(SalesforceApiProperties.class).gatewaySettings()).isEqualTo(GatewaySettings.DEFAULTS);
        });
    }

    @Test
    void settings_bind_from_the_environment_names() {
        runner.withPropertyValues(
                        "reveal-sync.salesforce.url=https://login.salesforce.com",
                        "reveal-sync.salesforce.username=integration@acme.com",
                        "reveal-sync.salesforce.password=pw",
                        "reveal-sync.salesforce.client-id=id",
                        "reveal-sync.salesforce.client-secret=secret",
                        "reveal-sync.salesforce.api.retry.max-attempts=7",
                        "reveal-sync.salesforce.api.bulk.job-timeout=5m",
                        "reveal-sync.salesforce.api.budget-share=0.5")
                .run(context -> {
                    assertThat(context.getBean(TokenSource.class)).isInstanceOf(PasswordGrantTokenSource.class);
                    GatewaySettings settings = context.getBean(SalesforceApiProperties.class).gatewaySettings();
                    assertThat(settings.retry().maxAttempts()).isEqualTo(7);
                    assertThat(settings.bulk().jobTimeout()).isEqualTo(Duration.ofMinutes(5));
                    assertThat(context.getBean(ApiBudget.class).maxShare()).isEqualTo(0.5);
                });
    }

    @Test
    void a_bad_setting_stops_the_start_with_the_reason() {
        runner.withPropertyValues("reveal-sync.salesforce.url=http://login.salesforce.com",
                        "reveal-sync.salesforce.client-id=id", "reveal-sync.salesforce.client-secret=secret")
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .rootCause().hasMessageContaining("must be an https URL"));
        runner.withPropertyValues("reveal-sync.salesforce.api.bulk.max-records-per-batch=20000")
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .rootCause().hasMessageContaining("a Bulk batch holds 1 to 10,000 records, got 20000"));
    }
}
