package com.revealsync.connection.crypto;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the token key: {@code REVEAL_SYNC_TOKEN_KEY} when set, else the key file. The file is
 * created only when nothing is stored yet: a missing key beside stored tokens means the key was
 * lost or moved, and a new one would silently orphan every connection, so that is refused.
 */
public final class TokenKeyProvider {

    private static final Logger log = LoggerFactory.getLogger(TokenKeyProvider.class);
    private static final String ENV = "REVEAL_SYNC_TOKEN_KEY";

    private final TokenKeySettings settings;
    private final SecureRandom random;
    private volatile TokenKey cached;

    public TokenKeyProvider(TokenKeySettings settings, SecureRandom random) {
        this.settings = settings;
        this.random = random;
    }

    /** The key, to read stored tokens. @throws TokenStoreException when there is none or it is malformed */
    public TokenKey existingKey() {
        return key(false);
    }

    /** The key, to store tokens; created when there is none and the store is empty. */
    public TokenKey keyForWriting(boolean storeIsEmpty) {
        return key(storeIsEmpty);
    }

    private synchronized TokenKey key(boolean mayCreate) {
        if (cached != null) {
            return cached;
        }
        if (settings.tokenKey() != null && !settings.tokenKey().isBlank()) {
            cached = TokenKey.of(decode(settings.tokenKey(), ENV), ENV);
            return cached;
        }
        Path file = settings.tokenKeyFile().toAbsolutePath().normalize();
        if (Files.exists(file)) {
            cached = read(file);
        } else if (mayCreate) {
            cached = create(file);
        } else {
            throw new TokenStoreException("the token key is missing: " + ENV + " is not set and the key file " + file
                    + " does not exist, but stored Salesforce connections are encrypted with a key. Restore the key file"
                    + " (or set " + ENV + ") from your backup; otherwise disconnect the users with --force and connect them again");
        }
        return cached;
    }

    private TokenKey read(Path file) {
        try {
            warnIfOthersCanRead(file);
            return TokenKey.of(decode(Files.readString(file, StandardCharsets.US_ASCII), "the key file " + file),
                    "the key file " + file);
        } catch (IOException e) {
            throw new TokenStoreException("cannot read the token key file " + file + ": " + e.getMessage());
        }
    }

    private TokenKey create(Path file) {
        byte[] material = new byte[TokenKey.BYTES];
        random.nextBytes(material);
        String encoded = Base64.getEncoder().encodeToString(material) + "\n";
        try {
            Files.createDirectories(file.getParent());
            createOwnerOnly(file);
            Files.writeString(file, encoded, StandardCharsets.US_ASCII);
        } catch (FileAlreadyExistsException raced) {
            return read(file);
        } catch (IOException e) {
            throw new TokenStoreException("cannot create the token key file " + file + ": " + e.getMessage()
                    + ". Set " + ENV + " or reveal-sync.token-key-file to a writable place");
        }
        log.warn("Created a new key for the stored Salesforce tokens: {} (readable by its owner only). Back it up and keep"
                + " it with the app database: without it the stored connections cannot be read. Or set {} instead.", file, ENV);
        return TokenKey.of(material, "the key file " + file);
    }

    private static void createOwnerOnly(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(
                    Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE)));
        } else {
            Files.createFile(file);
            java.io.File f = file.toFile();
            boolean ok = f.setReadable(false, false) & f.setReadable(true, true)
                    & f.setWritable(false, false) & f.setWritable(true, true);
            if (!ok) {
                log.warn("Could not restrict the permissions of {}: make it readable by its owner only", file);
            }
        }
    }

    private static void warnIfOthersCanRead(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
            if (perms.contains(PosixFilePermission.GROUP_READ) || perms.contains(PosixFilePermission.OTHERS_READ)) {
                log.warn("The token key file {} is readable by other users: run `chmod 600 {}`", file, file);
            }
        }
    }

    private static byte[] decode(String base64, String source) {
        try {
            return Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new TokenStoreException("the token key from " + source + " is not valid base64: it must be 32 random"
                    + " bytes, base64-encoded (e.g. `openssl rand -base64 32`)");
        }
    }
}
