package com.revealsync.salesforce;

import com.revealsync.salesforce.auth.OAuthTokenClient;
import com.revealsync.salesforce.auth.TokenSource;
import com.revealsync.salesforce.bulk.BulkClient;
import com.revealsync.salesforce.bulk.BulkJobRunner;
import com.revealsync.salesforce.bulk.BulkPace;
import com.revealsync.salesforce.bulk.BulkQueryRunner;
import com.revealsync.salesforce.bulk.BulkRates;
import com.revealsync.salesforce.retry.Backoff;
import com.revealsync.salesforce.retry.Sleeper;
import com.revealsync.salesforce.soap.SoapClient;
import com.revealsync.salesforce.soap.SoapReader;
import com.revealsync.salesforce.soap.SoapWriter;
import com.revealsync.salesforce.usage.ApiCallCounter;
import com.revealsync.salesforce.usage.ApiUsageMonitor;
import java.net.http.HttpClient;
import java.time.Clock;

/**
 * Builds gateways, one per token source (the service account, or one Lusha user's connection), all
 * sharing the settings, the waiting, the API-call counter and what they learn of each org's Bulk
 * pace (kept in the app database where the application gives a store: {@link BulkRates}).
 */
public final class SalesforceGateways {

    private final GatewaySettings settings;
    private final ApiCallCounter counter;
    private final Sleeper sleeper;
    private final Clock clock;
    /** The orgs' Bulk paces, shared by every gateway built here ({@link BulkPace#shared}). */
    private final BulkRates bulkPaces;

    /** Gateways whose Bulk paces are kept in memory only. */
    public SalesforceGateways(GatewaySettings settings, ApiCallCounter counter, Sleeper sleeper, Clock clock) {
        this(settings, counter, sleeper, clock, BulkRates.inMemory());
    }

    public SalesforceGateways(GatewaySettings settings, ApiCallCounter counter, Sleeper sleeper, Clock clock,
                              BulkRates bulkPaces) {
        this.settings = settings;
        this.counter = counter;
        this.sleeper = sleeper;
        this.clock = clock;
        this.bulkPaces = bulkPaces;
    }

    /** A new gateway on {@code tokens}, with its own describe cache and API-usage record. */
    public SalesforceGateway forTokens(TokenSource tokens) {
        Backoff backoff = new Backoff(settings.retry());
        ApiUsageMonitor usage = new ApiUsageMonitor();
        SoapClient soap = new SoapClient(tokens, settings.connection(), backoff, sleeper, clock, usage, counter);
        BulkClient bulk = new BulkClient(tokens, settings.connection(), backoff, sleeper, clock, usage, counter);
        return new WscSalesforceGateway(new SoapReader(soap), new SoapWriter(soap),
                new BulkJobRunner(bulk, settings.bulk(), BulkPace.shared(settings.bulk().pollInitialDelay(), bulkPaces,
                        () -> tokens.current().instanceUrl())),
                new BulkQueryRunner(bulk, settings.bulk()), usage);
    }

    /** A client of OAuth token endpoints, retrying and counting like the gateways. */
    public OAuthTokenClient oauthClient() {
        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(settings.connection().connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        return new OAuthTokenClient(http, settings.connection().readTimeout(), new Backoff(settings.retry()), sleeper,
                clock, counter);
    }

    public ApiCallCounter counter() {
        return counter;
    }
}
