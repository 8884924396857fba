package com.revealsync.salesforce.metadata;

import com.sforce.soap.partner.DescribeSObjectResult;
import com.sforce.soap.partner.PartnerConnection;
import com.sforce.ws.ConnectionException;
import com.sforce.ws.ConnectorConfig;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Describes read from an org through WSC's {@code describeSObjects}, cached per object for the
 * life of this source (a run or a command).
 */
public final class WscDescribeSource implements DescribeSource {

    private final PartnerConnection connection;
    private final Map<String, SObjectDescribe> cache = new ConcurrentHashMap<>();

    public WscDescribeSource(PartnerConnection connection) {
        this.connection = connection;
    }

    /**
     * A source on an authenticated session: WSC skips {@code login} when the session id and the
     * service endpoint ({@code instance_url + "/services/Soap/u/65.0"}) are both set.
     */
    public static WscDescribeSource connect(String serviceEndpoint, String sessionId) {
        ConnectorConfig config = new ConnectorConfig();
        config.setServiceEndpoint(serviceEndpoint);
        config.setSessionId(sessionId);
        try {
            return new WscDescribeSource(new PartnerConnection(config));
        } catch (ConnectionException e) {
            throw new DescribeUnavailableException(null, "cannot set up a connection to " + serviceEndpoint + ": " + e, e);
        }
    }

    @Override
    public String target() {
        return connection.getConfig().getServiceEndpoint();
    }

    @Override
    public SObjectDescribe describe(String objectName) {
        return cache.computeIfAbsent(objectName, this::fetch);
    }

    private SObjectDescribe fetch(String objectName) {
        try {
            DescribeSObjectResult[] results = connection.describeSObjects(new String[] {objectName});
            if (results == null || results.length == 0 || results[0] == null) {
                throw new DescribeUnavailableException(objectName, "the org returned no describe for " + objectName, null);
            }
            return WscDescribes.toDescribe(results[0]);
        } catch (ConnectionException e) {
            throw new DescribeUnavailableException(objectName, "cannot describe " + objectName + ": " + faultText(e), e);
        }
    }

    private static String faultText(ConnectionException e) {
        // ApiFault's toString carries the exception code and message; a plain ConnectionException its message.
        return e instanceof com.sforce.soap.partner.fault.ApiFault fault
                ? fault.getExceptionCode() + ": " + fault.getExceptionMessage()
                : String.valueOf(e.getMessage());
    }
}
