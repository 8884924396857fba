package com.revealsync.org.oauth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The org's refresh tokens. They outlive the org process: kept in {@value #FILE_NAME} in the data
 * folder (in memory when the org has none). Only a SHA-256 hash of each token is kept, so the file
 * holds nothing a reader could use. Thread-safe.
 */
public final class RefreshTokenStore {

    public static final String FILE_NAME = "oauth-refresh-tokens.tsv";

    private final Map<String, RefreshGrant> byHash = new LinkedHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final Path file;

    private RefreshTokenStore(Path file) {
        this.file = file;
    }

    public static RefreshTokenStore inMemory() {
        return new RefreshTokenStore(null);
    }

    /** Loads (or starts) the store of a data folder. */
    public static RefreshTokenStore inFolder(Path dataDir) {
        RefreshTokenStore store = new RefreshTokenStore(dataDir.resolve(FILE_NAME));
        store.load();
        return store;
    }

    /** Issues a new refresh token; returns the token itself (shown once, never stored). */
    public synchronized String issue(RefreshGrant grant) {
        byte[] secret = new byte[48];
        random.nextBytes(secret);
        String token = "5Aep" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        byHash.put(hash(token), grant);
        save();
        return token;
    }

    public synchronized Optional<RefreshGrant> find(String token) {
        return token == null ? Optional.empty() : Optional.ofNullable(byHash.get(hash(token.strip())));
    }

    /** Revokes one token; false when it was unknown. */
    public synchronized boolean revoke(String token) {
        boolean removed = token != null && byHash.remove(hash(token.strip())) != null;
        if (removed) {
            save();
        }
        return removed;
    }

    /** Revokes every token of a user; returns how many there were. */
    public synchronized int revokeUser(String userId) {
        int before = byHash.size();
        byHash.values().removeIf(g -> g.userId().equals(userId));
        int removed = before - byHash.size();
        if (removed > 0) {
            save();
        }
        return removed;
    }

    public synchronized int size() {
        return byHash.size();
    }

    private void load() {
        if (!Files.exists(file)) {
            return;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] cells = line.split("\t");
                if (cells.length == 4) {
                    byHash.put(cells[0], new RefreshGrant(cells[1], cells[2], Instant.ofEpochMilli(Long.parseLong(cells[3]))));
                }
            }
        } catch (IOException | NumberFormatException e) {
            throw new IllegalStateException("cannot read the org's refresh tokens from " + file + ": " + e.getMessage(), e);
        }
    }

    private void save() {
        if (file == null) {
            return;
        }
        List<String> lines = new ArrayList<>(byHash.size());
        byHash.forEach((hash, g) -> lines.add(hash + "\t" + g.userId() + "\t" + g.clientId() + "\t" + g.issuedAt().toEpochMilli()));
        try {
            Files.createDirectories(file.getParent());
            Path temp = file.resolveSibling(FILE_NAME + ".tmp");
            Files.write(temp, lines, StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the org's refresh tokens to " + file, e);
        }
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }
}
