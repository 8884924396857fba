package com.revealsync.salesforce;

import com.revealsync.salesforce.auth.OAuthTokenClient;
import com.revealsync.salesforce.auth.ServiceAccountProperties;
import com.revealsync.salesforce.auth.TokenSource;
import com.revealsync.salesforce.bulk.BulkRates;
import com.revealsync.salesforce.retry.Sleeper;
import com.revealsync.salesforce.usage.ApiBudget;
import com.revealsync.salesforce.usage.ApiCallCounter;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Salesforce client side: one API-call counter, a factory of gateways (one per token source),
 * the API budget, the OAuth token client and, when {@code reveal-sync.salesforce.url} is set, the
 * service account's token source.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({SalesforceApiProperties.class, ServiceAccountProperties.class})
public class SalesforceConfiguration {

    @Bean
    ApiCallCounter apiCallCounter() {
        return new ApiCallCounter();
    }

    @Bean
    SalesforceGateways salesforceGateways(SalesforceApiProperties properties, ApiCallCounter counter,
                                          ObjectProvider<BulkRates.Store> paceStore) {
        return new SalesforceGateways(properties.gatewaySettings(), counter, Sleeper.real(), Clock.systemUTC(),
                new BulkRates(paceStore.getIfAvailable(() -> BulkRates.Store.NONE)));
    }

    @Bean
    ApiBudget apiBudget(SalesforceApiProperties properties) {
        return properties.budget();
    }

    @Bean
    OAuthTokenClient oauthTokenClient(SalesforceGateways gateways) {
        return gateways.oauthClient();
    }

    @Bean
    @ConditionalOnProperty(prefix = "reveal-sync.salesforce", name = "url")
    TokenSource serviceAccountTokenSource(ServiceAccountProperties properties, OAuthTokenClient client) {
        return properties.tokenSource(client).orElseThrow();
    }
}
