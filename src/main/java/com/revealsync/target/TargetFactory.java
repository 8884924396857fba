package com.revealsync.target;

import com.revealsync.connection.ConnectionService;
import com.revealsync.org.EmbeddedOrg;
import com.revealsync.org.OrgSettings;
import com.revealsync.salesforce.SalesforceGateways;
import com.revealsync.salesforce.auth.OAuthTokenClient;
import com.revealsync.salesforce.auth.PasswordGrantTokenSource;
import com.revealsync.salesforce.auth.ServiceAccountProperties;
import java.net.URI;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Opens the {@link SalesforceTarget} of a run. The embedded org is the one place the pipeline
 * touches {@code com.revealsync.org}: with no Salesforce configured, a run starts the embedded org
 * on a free loopback port over its data folder, and signs in as its admin with the password grant,
 * exactly as it would sign in to a real org with a service account.
 */
@Component
@EnableConfigurationProperties(TargetProperties.class)
public class TargetFactory {

    /** The embedded org's local credentials (product.md, "The embedded org"); loopback only. */
    static final String EMBEDDED_USER = "admin@reveal-sync.local";
    static final String EMBEDDED_PASSWORD = "reveal-sync";
    static final String EMBEDDED_CLIENT_ID = "reveal-sync";
    static final String EMBEDDED_CLIENT_SECRET = "reveal-sync-secret";

    private final TargetProperties properties;
    private final ServiceAccountProperties serviceAccount;
    private final SalesforceGateways gateways;
    private final OAuthTokenClient oauth;
    private final ObjectProvider<ConnectionService> connections;

    public TargetFactory(TargetProperties properties, ServiceAccountProperties serviceAccount,
                         SalesforceGateways gateways, OAuthTokenClient oauth,
                         ObjectProvider<ConnectionService> connections) {
        this.properties = properties;
        this.serviceAccount = serviceAccount;
        this.gateways = gateways;
        this.oauth = oauth;
        this.connections = connections;
    }

    public SalesforceTarget open() {
        return switch (mode()) {
            case SERVICE_ACCOUNT -> serviceAccount();
            case PER_USER -> new PerUserTarget(connections.getObject().forRun(), gateways, properties.adminUser());
            default -> embedded();
        };
    }

    /** The mode AUTO resolves to. */
    public TargetMode mode() {
        if (properties.mode() != TargetMode.AUTO) {
            return properties.mode();
        }
        return serviceAccount.isConfigured() ? TargetMode.SERVICE_ACCOUNT : TargetMode.EMBEDDED;
    }

    private SalesforceTarget serviceAccount() {
        if (!serviceAccount.isConfigured()) {
            throw new com.revealsync.cli.UserError("service-account mode needs REVEAL_SYNC_SALESFORCE_URL,"
                    + " _CLIENT_ID and _CLIENT_SECRET (and _USERNAME/_PASSWORD for the password grant)");
        }
        var tokens = serviceAccount.tokenSource(oauth).orElseThrow();
        return new SingleGatewayTarget("Salesforce at " + serviceAccount.url() + " as the service account",
                gateways.forTokens(tokens), false, () -> { });
    }

    private SalesforceTarget embedded() {
        EmbeddedOrg org = EmbeddedOrg.start(OrgSettings.inFolder(properties.embeddedDataDir()));
        var tokens = new PasswordGrantTokenSource(URI.create(org.baseUrl()), EMBEDDED_USER, EMBEDDED_PASSWORD,
                EMBEDDED_CLIENT_ID, EMBEDDED_CLIENT_SECRET, oauth);
        String description = "the embedded test org at " + org.baseUrl() + " (data in "
                + properties.embeddedDataDir() + "; NOT Salesforce)";
        return new SingleGatewayTarget(description, gateways.forTokens(tokens), true, org::stop);
    }
}
