package com.revealsync.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.revealsync.connection.crypto.TokenKeyProvider;
import com.revealsync.connection.crypto.TokenKeySettings;
import com.revealsync.team.AuditEvent;
import com.revealsync.team.AuditLog;
import com.revealsync.team.Role;
import com.revealsync.team.TeamMember;
import com.revealsync.team.TeamRepository;
import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * The connection, team and audit tables on PostgreSQL (the machine's, 127.0.0.1:5432, database
 * {@code test}, user {@code postgres}; .ci/run starts it), in a private schema dropped afterwards.
 */
class PostgresStoreTest {

    private static final String URL = "jdbc:postgresql://127.0.0.1:5432/test";

    private final String schema = "connections_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    private JdbcClient jdbc;
    private ConnectionRepository store;

    @BeforeEach
    void schema() throws Exception {
        execute("CREATE SCHEMA " + schema);
        DriverManagerDataSource dataSource = new DriverManagerDataSource(URL + "?currentSchema=" + schema, "postgres", "");
        Resource[] scripts = {new ClassPathResource("db/schema/20-connections.sql"), new ClassPathResource("db/schema/21-team.sql")};
        new ResourceDatabasePopulator(scripts).execute(dataSource);
        new ResourceDatabasePopulator(scripts).execute(dataSource); // IF NOT EXISTS: every start runs them again
        jdbc = JdbcClient.create(dataSource);
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        store = new ConnectionRepository(jdbc, new TokenKeyProvider(
                new TokenKeySettings(Base64.getEncoder().encodeToString(key), Path.of("unused")), new SecureRandom()),
                new SecureRandom());
    }

    @AfterEach
    void drop() throws Exception {
        execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }

    @Test
    void connectionsRoundTripWithTheirTokensEncrypted() {
        Instant connectedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Connection connection = new Connection("rep@acme.com", SalesforceEnvironment.SANDBOX,
                URI.create("https://acme--uat.sandbox.my.salesforce.com"), "005000000000001AAA", "00D000000000001AAA",
                ConnectionStatus.CONNECTED, null, connectedAt, null);
        store.insert(connection, new StoredTokens("refresh-1", "access-1"));

        assertThat(store.find("rep@acme.com")).contains(connection);
        assertThatThrownBy(() -> store.insert(connection, new StoredTokens("r", "a"))).isInstanceOf(DuplicateKeyException.class);

        store.storeRenewal("rep@acme.com", connection.instanceUrl(), "access-2", "refresh-2", connectedAt.plusSeconds(5));
        assertThat(store.tokens("rep@acme.com")).isEqualTo(new StoredTokens("refresh-2", "access-2"));
        assertThat(store.find("rep@acme.com").orElseThrow().refreshedAt()).isEqualTo(connectedAt.plusSeconds(5));

        store.markReconnectRequired("rep@acme.com", "revoked");
        assertThat(store.find("rep@acme.com").orElseThrow())
                .extracting(Connection::status, Connection::lastError)
                .containsExactly(ConnectionStatus.RECONNECT_REQUIRED, "revoked");
        assertThat(store.tokens("rep@acme.com").accessToken()).isNull();

        assertThat(store.delete("rep@acme.com")).isTrue();
        assertThat(store.list()).isEmpty();
    }

    @Test
    void teamAndAuditTables() {
        TeamRepository team = new TeamRepository(jdbc);
        AuditLog audit = new AuditLog(jdbc);
        team.insert(new TeamMember("boss@acme.com", Role.ADMIN, Instant.now(), "boss@acme.com"));
        audit.done("boss@acme.com", "TEAM_ADD", "boss@acme.com", "bootstrap");
        audit.record("rep@acme.com", "CHANGE_MAPPING", "default.yml", AuditEvent.DENIED, "a USER");

        assertThat(team.countAdmins()).isEqualTo(1);
        assertThat(audit.recent(1)).extracting(AuditEvent::what).containsExactly("CHANGE_MAPPING");
        assertThat(audit.recent(5)).hasSize(2);
    }

    private static void execute(String sql) throws SQLException {
        try (java.sql.Connection connection = DriverManager.getConnection(URL, "postgres", "");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
