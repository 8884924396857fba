package com.revealsync.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.revealsync.connection.crypto.TokenKeyProvider;
import com.revealsync.connection.crypto.TokenKeySettings;
import com.revealsync.connection.crypto.TokenStoreException;
import com.revealsync.org.OrgSettings;
import com.revealsync.support.ConnectionsFixture;
import com.revealsync.support.EmbeddedOrgExtension;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** A tampered token store, a missing key, another key: clear refusals, nothing half-stored. */
class TokenStoreRefusalTest extends ConnectionsFixture {

    @RegisterExtension
    static final EmbeddedOrgExtension ORG = new EmbeddedOrgExtension(OrgSettings.inMemory());

    @Autowired
    ConnectionRepository store;

    @TempDir
    Path dir;

    @Override
    protected EmbeddedOrgExtension org() {
        return ORG;
    }

    @BeforeEach
    void twoConnectedUsers() {
        aTeamOfThree();
        connect(REP, EmbeddedOrgExtension.REP);
        connect(LEAD, EmbeddedOrgExtension.MANAGER);
        ORG.resetTokenCalls();
    }

    @Test
    void aTamperedTokenIsRefusedNamingTheUserAndNothingChanges() {
        String original = column(REP, "refresh_token_enc");
        byte[] raw = Base64.getDecoder().decode(original.substring(3));
        raw[20] ^= 0x40;
        setColumn(REP, "refresh_token_enc", "v1:" + Base64.getEncoder().encodeToString(raw));

        assertThatThrownBy(() -> connections.forRun().tokenSourceFor(REP))
                .isInstanceOf(TokenStoreException.class)
                .hasMessageContaining("the stored refresh token of " + REP + " fails its integrity check")
                .hasMessageContaining("disconnect --user " + REP + " --force");
        assertThat(ORG.tokenCalls()).isZero();
        assertThat(store.find(REP).orElseThrow().status()).isEqualTo(ConnectionStatus.CONNECTED);
        // the other user is unaffected
        assertThat(connections.forRun().tokenSourceFor(LEAD).current().accessToken()).isNotBlank();
    }

    @Test
    void tokensSwappedBetweenUsersAreRefused() {
        String repToken = column(REP, "refresh_token_enc");
        setColumn(REP, "refresh_token_enc", column(LEAD, "refresh_token_enc"));
        setColumn(LEAD, "refresh_token_enc", repToken);

        assertThatThrownBy(() -> store.tokens(REP)).isInstanceOf(TokenStoreException.class)
                .hasMessageContaining("refresh token of " + REP);
        assertThatThrownBy(() -> store.tokens(LEAD)).isInstanceOf(TokenStoreException.class)
                .hasMessageContaining("refresh token of " + LEAD);
    }

    @Test
    void anAccessTokenMovedIntoTheRefreshColumnIsRefused() {
        setColumn(REP, "refresh_token_enc", column(REP, "access_token_enc"));

        assertThatThrownBy(() -> store.tokens(REP)).isInstanceOf(TokenStoreException.class)
                .hasMessageContaining("integrity check");
    }

    @Test
    void aMissingKeyIsRefusedAndNoNewKeyIsInventedOverStoredTokens() {
        Path missing = dir.resolve("gone/token.key");
        ConnectionRepository withoutKey = repository(new TokenKeySettings(null, missing));
        long rows = rows();

        assertThatThrownBy(() -> withoutKey.tokens(REP)).isInstanceOf(TokenStoreException.class)
                .hasMessageContaining("the token key is missing").hasMessageContaining(missing.toString())
                .hasMessageContaining("Restore the key file");
        Connection another = new Connection("new@acme.com", SalesforceEnvironment.PRODUCTION,
                java.net.URI.create("https://acme.my.salesforce.com"), "005000000000001AAA", "00D000000000001AAA",
                ConnectionStatus.CONNECTED, null, Instant.now(), null);
        assertThatThrownBy(() -> withoutKey.insert(another, new StoredTokens("refresh-value", "access-value")))
                .isInstanceOf(TokenStoreException.class);

        assertThat(rows()).as("nothing stored half-way").isEqualTo(rows);
        assertThat(missing).doesNotExist();
    }

    @Test
    void anotherKeyIsToldApartFromTampering() {
        byte[] other = new byte[32];
        new SecureRandom().nextBytes(other);
        ConnectionRepository withOtherKey = repository(
                new TokenKeySettings(Base64.getEncoder().encodeToString(other), dir.resolve("unused")));

        assertThatThrownBy(() -> withOtherKey.tokens(REP)).isInstanceOf(TokenStoreException.class)
                .hasMessageContaining("the stored tokens of " + REP + " were encrypted with another key")
                .hasMessageContaining("REVEAL_SYNC_TOKEN_KEY");
    }

    @Test
    void disconnectRefusesAnUnreadableTokenUnlessForced() {
        setColumn(REP, "refresh_token_enc", "v1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");

        CliResult refused = cli("disconnect", "--user", REP);
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("refresh token of " + REP).contains("pass --force");
        assertThat(store.find(REP)).isPresent();

        CliResult forced = cli("disconnect", "--user", REP, "--force");
        assertThat(forced.exitCode()).as(forced.err()).isZero();
        assertThat(forced.out()).contains("not revoked (the stored token is unreadable)");
        assertThat(store.find(REP)).isEmpty();
    }

    private ConnectionRepository repository(TokenKeySettings settings) {
        return new ConnectionRepository(jdbc, new TokenKeyProvider(settings, new SecureRandom()), new SecureRandom());
    }

    private long rows() {
        return jdbc.sql("SELECT COUNT(*) FROM sf_connection").query(Long.class).single();
    }

    private String column(String user, String column) {
        return jdbc.sql("SELECT " + column + " FROM sf_connection WHERE lusha_user = ?").param(user)
                .query(String.class).single();
    }

    private void setColumn(String user, String column, String value) {
        jdbc.sql("UPDATE sf_connection SET " + column + " = ? WHERE lusha_user = ?").params(value, user).update();
    }
}
