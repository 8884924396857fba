package com.revealsync.salesforce.soap;

import com.revealsync.salesforce.auth.OrgToken;
import com.revealsync.salesforce.auth.TokenSource;
import com.revealsync.salesforce.retry.Backoff;
import com.revealsync.salesforce.retry.CallSpec;
import com.revealsync.salesforce.retry.Retrier;
import com.revealsync.salesforce.retry.SessionHook;
import com.revealsync.salesforce.retry.Sleeper;
import com.revealsync.salesforce.transport.ConnectionSettings;
import com.revealsync.salesforce.transport.ResponseObserver;
import com.revealsync.salesforce.transport.TransportFailure;
import com.revealsync.salesforce.usage.ApiCallCounter;
import com.revealsync.salesforce.usage.ApiCallKind;
import com.revealsync.salesforce.usage.ApiUsage;
import com.revealsync.salesforce.usage.ApiUsageMonitor;
import com.sforce.soap.partner.LimitInfo;
import com.sforce.soap.partner.LimitInfoHeader_element;
import com.sforce.soap.partner.PartnerConnection;
import com.sforce.ws.ConnectionException;
import com.sforce.ws.ConnectorConfig;
import java.time.Clock;

/**
 * Runs SOAP Partner API calls for one token source. Each attempt gets its own
 * {@link PartnerConnection} (cheap: no login, the session comes from the token), so calls from
 * several threads never share headers; WSC's session renewer and the {@link Retrier} do the rest.
 */
public final class SoapClient {

    /** The API version of the Partner WSDL the client was generated from. */
    public static final String API_VERSION = "65.0";

    private final TokenSource tokens;
    private final ConnectionSettings settings;
    private final ApiUsageMonitor usage;
    private final ApiCallCounter counter;
    private final Retrier retrier;

    public SoapClient(TokenSource tokens, ConnectionSettings settings, Backoff backoff, Sleeper sleeper, Clock clock,
                      ApiUsageMonitor usage, ApiCallCounter counter) {
        this.tokens = tokens;
        this.settings = settings;
        this.usage = usage;
        this.counter = counter;
        SessionHook session = tokens::renew;
        this.retrier = new Retrier(ApiCallKind.SOAP, backoff, sleeper, clock, SoapFaults::classify, session, counter);
    }

    /** One SOAP call on a connection. */
    @FunctionalInterface
    public interface SoapAction<T> {
        T apply(PartnerConnection connection) throws ConnectionException;
    }

    public <T> T call(CallSpec spec, SoapAction<T> action) {
        return retrier.call(spec, () -> {
            ResponseObserver observer = new ResponseObserver(usage);
            TokenSessionRenewer renewer = new TokenSessionRenewer(tokens, counter);
            PartnerConnection connection = new PartnerConnection(config(tokens.current(), observer, renewer));
            renewer.attach(connection);
            try {
                return action.apply(connection);
            } catch (ConnectionException e) {
                throw new TransportFailure(e, observer.lastStatus(), renewer.renewed());
            } finally {
                recordUsage(connection.getLimitInfoHeader());
            }
        });
    }

    /** The token calls go with now (obtained first if there is none yet). */
    OrgToken token() {
        return tokens.current();
    }

    /** The retrier's waits, for resending records refused with UNABLE_TO_LOCK_ROW. */
    Retrier retrier() {
        return retrier;
    }

    private ConnectorConfig config(OrgToken token, ResponseObserver observer, TokenSessionRenewer renewer) {
        ConnectorConfig config = new ConnectorConfig();
        config.setServiceEndpoint(token.instanceUrl() + "/services/Soap/u/" + API_VERSION);
        config.setSessionId(token.accessToken());
        config.setSessionRenewer(renewer);
        config.setConnectionTimeout((int) settings.connectTimeout().toMillis());
        config.setReadTimeout((int) settings.readTimeout().toMillis());
        config.setUseChunkedPost(true); // streamed POSTs: the JDK never resends them by itself
        config.addMessageHandler(observer);
        return config;
    }

    private void recordUsage(LimitInfoHeader_element header) {
        if (header == null || header.getLimitInfo() == null) {
            return;
        }
        for (LimitInfo info : header.getLimitInfo()) {
            if ("API REQUESTS".equalsIgnoreCase(info.getType())) {
                usage.record(new ApiUsage(info.getCurrent(), info.getLimit()));
            }
        }
    }
}
