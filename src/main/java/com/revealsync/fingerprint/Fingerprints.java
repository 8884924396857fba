package com.revealsync.fingerprint;

import com.revealsync.lusha.RecordType;
import com.revealsync.lusha.RevealedContact;
import com.revealsync.mapping.profile.MappingProfile;
import com.revealsync.salesforce.metadata.SObjectDescribe;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeSet;

/**
 * Fingerprints of rows as planned: a row's source columns, and everything besides the org's records
 * that its plan depends on (the mapping profile's mappings, predefined values, rules and export
 * preferences, the job's default record type, the org's describes of Lead, Contact and Account, and
 * {@link #PLAN_VERSION}). Two rows with one fingerprint are planned alike against the same records.
 * A fingerprint is the first 128 bits of a SHA-256, in hex. An instance hashes on one thread at a time.
 */
public final class Fingerprints {

    /**
     * The version of the planning logic a fingerprint was made under: raise it when a change of the
     * mapping processor or of matching makes an unchanged row plan differently, so that every
     * stored fingerprint stops matching (each row is then checked against the org once).
     */
    static final int PLAN_VERSION = 1;

    private static final byte SEP = 0;
    private static final byte END = 1;

    private final byte[] planKey;
    /** One digest for every row, reset between rows. */
    private final MessageDigest digest = sha256();

    private Fingerprints(byte[] planKey) {
        this.planKey = planKey;
    }

    /** Fingerprints of rows planned with this profile, default record type and describes. */
    public static Fingerprints forPlan(MappingProfile profile, RecordType defaultType,
                                       Map<RecordType, SObjectDescribe> describes) {
        MessageDigest digest = sha256();
        StringBuilder plan = new StringBuilder().append(PLAN_VERSION).append('\n')
                .append(profile.records()).append('\n')
                // a Set's order may differ between JVMs: sorted
                .append(new TreeSet<>(profile.accountPreferences().allowedRecordTypes())).append('\n')
                .append(profile.accountPreferences().accountCreation()).append('\n')
                .append(defaultType).append('\n');
        for (RecordType type : RecordType.values()) {
            plan.append(type).append('=').append(describes.get(type)).append('\n');
        }
        return new Fingerprints(digest.digest(plan.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /** The fingerprint of a row: its source columns (names and values, in order) under this plan. Not thread-safe. */
    public String of(RevealedContact contact) {
        digest.reset();
        digest.update(planKey);
        for (Map.Entry<String, String> column : contact.sourceColumns().entrySet()) {
            digest.update(column.getKey().getBytes(StandardCharsets.UTF_8));
            digest.update(SEP);
            if (column.getValue() != null) {
                digest.update(column.getValue().getBytes(StandardCharsets.UTF_8));
            }
            digest.update(END);
        }
        byte[] hash = digest.digest();
        return HexFormat.of().formatHex(hash, 0, 16);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no SHA-256", e);
        }
    }
}
