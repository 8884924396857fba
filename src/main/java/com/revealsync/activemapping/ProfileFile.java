package com.revealsync.activemapping;

import com.revealsync.cli.UserError;
import com.revealsync.mapping.profile.MappingProfile;
import com.revealsync.mapping.profile.ProfileException;
import com.revealsync.mapping.profile.ProfileLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A mapping profile file read once: its bytes' SHA-256 and its text. The hash and the profile come
 * from the same read, so what was tested (or checked unchanged) is exactly what a run uses.
 *
 * @param path the file as the user named it
 */
public record ProfileFile(Path path, String sha256, String text) {

    /** Reads a profile file; a missing or unreadable file is the user's error. */
    public static ProfileFile read(Path path) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new UserError("the mapping profile " + path + " does not exist");
        } catch (IOException e) {
            throw new UserError("cannot read the mapping profile " + path + ": " + e.getMessage());
        }
        return new ProfileFile(path, sha256(bytes), new String(bytes, StandardCharsets.UTF_8));
    }

    /** The profile, parsed from the text that was hashed; a file that is not a profile is the user's error. */
    public MappingProfile parse() {
        try {
            return new ProfileLoader().parse(path.toString(), text);
        } catch (ProfileException e) {
            throw new UserError("the mapping profile cannot be read:\n  " + String.join("\n  ", e.problems()));
        }
    }

    /** The first 12 hex digits, enough to tell versions apart in messages. */
    public String shortHash() {
        return sha256.substring(0, 12);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
