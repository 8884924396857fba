package com.revealsync.connection;

import com.revealsync.connection.crypto.TokenKeyProvider;
import com.revealsync.connection.crypto.TokenKeySettings;
import com.revealsync.connection.oauth.ConnectFlow;
import com.revealsync.connection.oauth.OAuthClient;
import com.revealsync.connection.oauth.OAuthSettings;
import com.revealsync.team.AuditLog;
import com.revealsync.team.Permissions;
import com.revealsync.team.TeamRepository;
import java.security.SecureRandom;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The per-user Salesforce connections: token store, OAuth client, sign-in flow, service. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({OAuthSettings.class, TokenKeySettings.class})
public class ConnectionConfiguration {

    /** Random source of keys, IVs, PKCE verifiers and states; not a bean, so it is never swapped. */
    private final SecureRandom random = new SecureRandom();

    @Bean
    TokenKeyProvider tokenKeyProvider(TokenKeySettings settings) {
        return new TokenKeyProvider(settings, random);
    }

    @Bean
    ConnectionRepository connectionRepository(JdbcClient jdbc, TokenKeyProvider keys) {
        return new ConnectionRepository(jdbc, keys, random);
    }

    @Bean
    OAuthClient oauthClient(OAuthSettings settings) {
        return new OAuthClient(settings);
    }

    @Bean
    ConnectFlow connectFlow(OAuthClient oauth, OAuthSettings settings) {
        return new ConnectFlow(oauth, settings, random);
    }

    @Bean
    ConnectionService connectionService(ConnectionRepository store, ConnectFlow flow, OAuthClient oauth,
                                        Permissions permissions, TeamRepository team, AuditLog audit,
                                        TransactionTemplate tx) {
        return new ConnectionService(store, flow, oauth, permissions, team, audit, tx);
    }
}
