package com.revealsync.connection.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenKeyProviderTest {

    @TempDir
    Path dir;

    @Test
    void createsAnOwnerOnlyKeyFileWhenNothingIsStoredYet() throws Exception {
        Path file = dir.resolve("data/token.key");
        TokenKey key = provider(null, file).keyForWriting(true);

        assertThat(file).exists();
        assertThat(Base64.getDecoder().decode(Files.readString(file).strip())).hasSize(32);
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(Files.getPosixFilePermissions(file))
                    .isEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
        }
        assertThat(provider(null, file).existingKey().id()).isEqualTo(key.id());
    }

    @Test
    void refusesToInventAKeyWhenTokensAreAlreadyStored() {
        Path file = dir.resolve("token.key");

        assertThatThrownBy(() -> provider(null, file).keyForWriting(false))
                .isInstanceOf(TokenStoreException.class)
                .hasMessageContaining("the token key is missing")
                .hasMessageContaining(file.toString());
        assertThatThrownBy(() -> provider(null, file).existingKey()).isInstanceOf(TokenStoreException.class);
        assertThat(file).doesNotExist();
    }

    @Test
    void theEnvironmentKeyWinsOverTheFile() {
        byte[] material = new byte[32];
        new SecureRandom().nextBytes(material);
        String base64 = Base64.getEncoder().encodeToString(material);

        TokenKey key = provider(base64, dir.resolve("token.key")).keyForWriting(true);

        assertThat(key.source()).isEqualTo("REVEAL_SYNC_TOKEN_KEY");
        assertThat(dir.resolve("token.key")).doesNotExist();
    }

    @Test
    void aMalformedKeyIsRefusedWithoutEchoingIt() {
        assertThatThrownBy(() -> provider("not base64 at all!", dir.resolve("k")).existingKey())
                .isInstanceOf(TokenStoreException.class)
                .hasMessageContaining("REVEAL_SYNC_TOKEN_KEY is not valid base64")
                .message().doesNotContain("not base64 at all!");
        String shortKey = Base64.getEncoder().encodeToString(new byte[20]);
        assertThatThrownBy(() -> provider(shortKey, dir.resolve("k")).existingKey())
                .hasMessageContaining("20 bytes long").message().doesNotContain(shortKey);
    }

    private static TokenKeyProvider provider(String key, Path file) {
        return new TokenKeyProvider(new TokenKeySettings(key, file), new SecureRandom());
    }
}
