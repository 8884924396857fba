package com.revealsync.connection;

import com.revealsync.cli.UserError;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Turns {@code --env} into a {@link SalesforceEnvironment}: {@code production}, {@code sandbox} or
 * a URL; without it, the configured Salesforce ({@code reveal-sync.salesforce.url}), else the
 * embedded org ({@link DefaultLoginUrl}).
 */
@Component
public class LoginUrlResolver {

    private final String configuredUrl;
    private final ObjectProvider<DefaultLoginUrl> embedded;

    public LoginUrlResolver(@Value("${reveal-sync.salesforce.url:}") String configuredUrl,
                            ObjectProvider<DefaultLoginUrl> embedded) {
        this.configuredUrl = configuredUrl;
        this.embedded = embedded;
    }

    public SalesforceEnvironment resolve(String envOption) {
        if (envOption != null) {
            return SalesforceEnvironment.parse(envOption);
        }
        if (configuredUrl != null && !configuredUrl.isBlank()) {
            return SalesforceEnvironment.custom(configuredUrl);
        }
        DefaultLoginUrl fallback = embedded.getIfAvailable();
        if (fallback == null) {
            throw new UserError("no Salesforce is configured (reveal-sync.salesforce.url) and no embedded org is"
                    + " available: pass --env production, --env sandbox or --env https://YOUR-DOMAIN.my.salesforce.com");
        }
        return SalesforceEnvironment.custom(fallback.loginUrl().toString());
    }
}
