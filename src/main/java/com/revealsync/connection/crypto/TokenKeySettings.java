package com.revealsync.connection.crypto;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the key that encrypts stored Salesforce tokens comes from.
 *
 * @param tokenKey     the key itself, base64 of 32 random bytes ({@code REVEAL_SYNC_TOKEN_KEY});
 *                     when set, the key file is not used
 * @param tokenKeyFile the key file used otherwise ({@code REVEAL_SYNC_TOKEN_KEY_FILE}), created on
 *                     first use with owner-only permissions
 */
@ConfigurationProperties("reveal-sync")
public record TokenKeySettings(String tokenKey, @DefaultValue("./data/token.key") Path tokenKeyFile) {

    @Override
    public String toString() {
        return "TokenKeySettings[tokenKey=" + (tokenKey == null || tokenKey.isBlank() ? "(unset)" : "****")
                + ", tokenKeyFile=" + tokenKeyFile + "]";
    }
}
