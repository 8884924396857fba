package com.revealsync.salesforce.soap;

import com.revealsync.salesforce.auth.OrgToken;
import com.revealsync.salesforce.auth.TokenSource;
import com.revealsync.salesforce.usage.ApiCallCounter;
import com.revealsync.salesforce.usage.ApiCallKind;
import com.sforce.soap.partner.PartnerConnection;
import com.sforce.ws.ConnectorConfig;
import com.sforce.ws.SessionRenewer;
import javax.xml.namespace.QName;

/**
 * WSC calls this once when the org answers {@code INVALID_SESSION_ID} ("Session timed out", "Session
 * not found", "Illegal Session"), then resends the request with the header returned. The new session
 * is also set on the connection itself, or the next call on it would send the old one again.
 */
final class TokenSessionRenewer implements SessionRenewer {

    private static final QName SESSION_HEADER = new QName("urn:partner.soap.sforce.com", "SessionHeader");

    private final TokenSource tokens;
    private final ApiCallCounter counter;
    private PartnerConnection connection;
    private boolean renewed;

    TokenSessionRenewer(TokenSource tokens, ApiCallCounter counter) {
        this.tokens = tokens;
        this.counter = counter;
    }

    void attach(PartnerConnection connection) {
        this.connection = connection;
    }

    /** True once this renewer has renewed the session. */
    boolean renewed() {
        return renewed;
    }

    @Override
    public SessionRenewalHeader renewSession(ConnectorConfig config) {
        OrgToken token = tokens.renew();
        renewed = true;
        config.setSessionId(token.accessToken());
        connection.setSessionHeader(token.accessToken());
        counter.increment(ApiCallKind.SOAP, "resent after a session renewal"); // WSC sends the request again
        SessionRenewalHeader header = new SessionRenewalHeader();
        header.name = SESSION_HEADER;
        header.headerElement = connection.getSessionHeader();
        return header;
    }
}
