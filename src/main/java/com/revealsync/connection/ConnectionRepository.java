package com.revealsync.connection;

import com.revealsync.connection.crypto.TokenCipher;
import com.revealsync.connection.crypto.TokenColumn;
import com.revealsync.connection.crypto.TokenKey;
import com.revealsync.connection.crypto.TokenKeyProvider;
import com.revealsync.connection.crypto.TokenStoreException;
import java.net.URI;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;


/**
 * The {@code sf_connection} table. Tokens are encrypted before any statement runs and each change
 * is one statement, so a failure (bad key, database error) never leaves a row half-written.
 */

public class ConnectionRepository {

    private static final String COLUMNS = "lusha_user, environment, login_url, instance_url, sf_user_id, sf_org_id,"
            + " status, last_error, connected_at, refreshed_at";

    private final JdbcClient jdbc;
    private final TokenKeyProvider keys;
    private final SecureRandom random;

    public ConnectionRepository(JdbcClient jdbc, TokenKeyProvider keys, SecureRandom random) {
        this.jdbc = jdbc;
        this.keys = keys;
        this.random = random;
    }

    public Optional<Connection> find(String user) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM sf_connection WHERE lusha_user = ?").param(user)
                .query(ConnectionRepository::connection).optional();
    }

    public List<Connection> list() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM sf_connection ORDER BY lusha_user")
                .query(ConnectionRepository::connection).list();
    }

    /** Decrypts a user's tokens. @throws TokenStoreException missing or other key, tampered value */
    public StoredTokens tokens(String user) {
        record Row(String refresh, String access, String keyId) { }
        Row row = jdbc.sql("SELECT refresh_token_enc, access_token_enc, key_id FROM sf_connection WHERE lusha_user = ?")
                .param(user).query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3)))
                .optional().orElseThrow(() -> new NotConnectedException(user));
        TokenCipher cipher = new TokenCipher(keys.existingKey(), random);
        TokenKey key = cipher.key();
        if (!key.id().equals(row.keyId())) {
            throw new TokenStoreException("the stored tokens of " + user + " were encrypted with another key (id "
                    + row.keyId() + ") than the current one from " + key.source() + " (id " + key.id() + "). Restore"
                    + " the original key, or run `reveal-sync disconnect --user " + user + " --force` and connect again");
        }
        String refresh = cipher.decrypt(row.refresh(), user, TokenColumn.REFRESH_TOKEN);
        String access = row.access() == null ? null : cipher.decrypt(row.access(), user, TokenColumn.ACCESS_TOKEN);
        return new StoredTokens(refresh, access);
    }

    /** Stores a new connection. @throws org.springframework.dao.DuplicateKeyException when one exists */
    public void insert(Connection c, StoredTokens tokens) {
        TokenCipher cipher = new TokenCipher(keys.keyForWriting(isEmpty()), random);
        String refresh = cipher.encrypt(tokens.refreshToken(), c.user(), TokenColumn.REFRESH_TOKEN);
        String access = encryptAccess(cipher, tokens.accessToken(), c.user());
        jdbc.sql("INSERT INTO sf_connection (" + COLUMNS + ", refresh_token_enc, access_token_enc, key_id, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(c.user(), c.environment().kind().name(), c.environment().loginUrl().toString(),
                        c.instanceUrl().toString(), c.salesforceUserId(), c.salesforceOrgId(), c.status().name(),
                        c.lastError(), ts(c.connectedAt()), ts(c.refreshedAt()), refresh, access,
                        cipher.key().id(), ts(Instant.now()))
                .update();
    }

    /** Replaces an existing connection whole (reconnect). @return false when there was none */
    public boolean replace(Connection c, StoredTokens tokens) {
        TokenCipher cipher = new TokenCipher(keys.keyForWriting(false), random);
        String refresh = cipher.encrypt(tokens.refreshToken(), c.user(), TokenColumn.REFRESH_TOKEN);
        String access = encryptAccess(cipher, tokens.accessToken(), c.user());
        return jdbc.sql("UPDATE sf_connection SET environment = ?, login_url = ?, instance_url = ?, sf_user_id = ?,"
                        + " sf_org_id = ?, status = ?, last_error = ?, connected_at = ?, refreshed_at = ?,"
                        + " refresh_token_enc = ?, access_token_enc = ?, key_id = ?, updated_at = ? WHERE lusha_user = ?")
                .params(c.environment().kind().name(), c.environment().loginUrl().toString(), c.instanceUrl().toString(),
                        c.salesforceUserId(), c.salesforceOrgId(), c.status().name(), c.lastError(),
                        ts(c.connectedAt()), ts(c.refreshedAt()), refresh, access, cipher.key().id(),
                        ts(Instant.now()), c.user())
                .update() == 1;
    }

    /**
     * Stores a renewed access token, and the new refresh token when Salesforce rotated it.
     *
     * @param rotatedRefreshToken null when Salesforce kept the old one
     */
    public void storeRenewal(String user, URI instanceUrl, String accessToken, String rotatedRefreshToken, Instant at) {
        TokenCipher cipher = new TokenCipher(keys.existingKey(), random);
        String access = cipher.encrypt(accessToken, user, TokenColumn.ACCESS_TOKEN);
        if (rotatedRefreshToken == null) {
            jdbc.sql("UPDATE sf_connection SET instance_url = ?, access_token_enc = ?, refreshed_at = ?, last_error = NULL,"
                            + " updated_at = ? WHERE lusha_user = ? AND key_id = ?")
                    .params(instanceUrl.toString(), access, ts(at), ts(at), user, cipher.key().id()).update();
        } else {
            String refresh = cipher.encrypt(rotatedRefreshToken, user, TokenColumn.REFRESH_TOKEN);
            jdbc.sql("UPDATE sf_connection SET instance_url = ?, access_token_enc = ?, refresh_token_enc = ?,"
                            + " refreshed_at = ?, last_error = NULL, updated_at = ? WHERE lusha_user = ? AND key_id = ?")
                    .params(instanceUrl.toString(), access, refresh, ts(at), ts(at), user, cipher.key().id()).update();
        }
    }

    /** Marks a connection as needing the user to sign in again, dropping its useless access token. */
    public void markReconnectRequired(String user, String lastError) {
        jdbc.sql("UPDATE sf_connection SET status = ?, last_error = ?, access_token_enc = NULL, updated_at = ?"
                        + " WHERE lusha_user = ?")
                .params(ConnectionStatus.RECONNECT_REQUIRED.name(), truncate(lastError), ts(Instant.now()), user)
                .update();
    }

    public boolean delete(String user) {
        return jdbc.sql("DELETE FROM sf_connection WHERE lusha_user = ?").param(user).update() == 1;
    }

    private boolean isEmpty() {
        return jdbc.sql("SELECT COUNT(*) FROM sf_connection").query(Long.class).single() == 0;
    }

    private static String encryptAccess(TokenCipher cipher, String accessToken, String user) {
        return accessToken == null ? null : cipher.encrypt(accessToken, user, TokenColumn.ACCESS_TOKEN);
    }

    private static Connection connection(ResultSet rs, int row) throws SQLException {
        return new Connection(rs.getString("lusha_user"),
                SalesforceEnvironment.of(EnvironmentKind.valueOf(rs.getString("environment")), rs.getString("login_url")),
                URI.create(rs.getString("instance_url")), rs.getString("sf_user_id"), rs.getString("sf_org_id"),
                ConnectionStatus.valueOf(rs.getString("status")), rs.getString("last_error"),
                instant(rs.getTimestamp("connected_at")), instant(rs.getTimestamp("refreshed_at")));
    }

    private static Timestamp ts(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    private static Instant instant(Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }

    private static String truncate(String text) {
        return text == null || text.length() <= 2000 ? text : text.substring(0, 1997) + "...";
    }
}
