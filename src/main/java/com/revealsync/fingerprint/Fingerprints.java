package com.revealsync.fingerprint;

import com.revealsync.lusha.LushaField;
import com.revealsync.lusha.RecordType;
import com.revealsync.lusha.RevealedContact;
import com.revealsync.lusha.SourceColumns;
import com.revealsync.mapping.profile.FieldMapping;
import com.revealsync.mapping.profile.MappingProfile;
import com.revealsync.mapping.profile.RecordMapping;
import com.revealsync.salesforce.metadata.SObjectDescribe;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Fingerprints of rows as planned: a row's source columns, and everything besides the org's records
 * that its plan depends on (the mapping profile's mappings, predefined values, rules and export
 * preferences, the job's default record type, the org's describes of Lead, Contact and Account, and
 * {@link #PLAN_VERSION}), and the Salesforce user the row is written as (what that user may see and
 * write shapes the outcome). Two rows with one fingerprint are planned alike against the same records.
 * Left out: {@code revealed_by} and {@code revealed_at} where the profile maps neither (they only
 * say who revealed the person and when; the user who writes is hashed instead), so a person revealed
 * again by another Lusha user of the same session keeps the fingerprint.
 * A fingerprint is the first 128 bits of a SHA-256, in hex. An instance hashes on one thread at a time.
 */
public final class Fingerprints {

    /**
     * The version of the planning logic a fingerprint was made under: raise it when a change of the
     * mapping processor or of matching makes an unchanged row plan differently, so that every
     * stored fingerprint stops matching (each row is then checked against the org once).
     */
    static final int PLAN_VERSION = 2;

    /** Columns about the reveal, not the person: hashed only where the profile maps them. */
    private static final Set<LushaField> REVEAL_COLUMNS = EnumSet.of(LushaField.REVEALED_BY, LushaField.REVEALED_AT);

    private static final byte SEP = 0;
    private static final byte END = 1;

    private final byte[] planKey;
    private final Set<LushaField> unread;
    /** Per column name as read, whether it is hashed. */
    private final Map<String, Boolean> hashed = new HashMap<>();
    /** Per header of rows read from a file, its names' bytes and which columns are hashed. */
    private final Map<SourceColumns.Names, Header> headers = new IdentityHashMap<>();
    /** One digest for every row, reset between rows. */
    private final MessageDigest digest = sha256();
    private final SourceColumns.ByteSink toDigest = digest::update;

    private Fingerprints(byte[] planKey, Set<LushaField> unread) {
        this.planKey = planKey;
        this.unread = unread;
    }

    /** A header's column names in UTF-8 and, per column, whether it is hashed. */
    private record Header(byte[][] names, boolean[] hashed) {
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
        Set<LushaField> unread = EnumSet.copyOf(REVEAL_COLUMNS);
        for (RecordMapping mapping : profile.records().values()) {
            mapping.fields().stream().map(FieldMapping::lusha).forEach(unread::remove);
        }
        return new Fingerprints(digest.digest(plan.toString().getBytes(StandardCharsets.UTF_8)), unread);
    }

    /**
     * The fingerprint of a row written as this Salesforce user: its source columns (names and values,
     * in order, but the unmapped reveal columns) under this plan. Not thread-safe.
     */
    public String of(RevealedContact contact, String userId) {
        digest.reset();
        digest.update(planKey);
        digest.update(userId.getBytes(StandardCharsets.UTF_8));
        digest.update(END);
        if (contact.sourceColumns() instanceof SourceColumns row) {
            // the same bytes as below, read from the packed cells without making their strings
            Header header = headers.computeIfAbsent(row.names(), this::header);
            for (int i = 0; i < header.hashed().length; i++) {
                if (header.hashed()[i]) {
                    digest.update(header.names()[i]);
                    digest.update(SEP);
                    row.cellBytes(i, toDigest);
                    digest.update(END);
                }
            }
        } else {
            for (Map.Entry<String, String> column : contact.sourceColumns().entrySet()) {
                if (!hashed.computeIfAbsent(column.getKey(), this::hashed)) {
                    continue;
                }
                digest.update(column.getKey().getBytes(StandardCharsets.UTF_8));
                digest.update(SEP);
                if (column.getValue() != null) {
                    digest.update(column.getValue().getBytes(StandardCharsets.UTF_8));
                }
                digest.update(END);
            }
        }
        byte[] hash = digest.digest();
        return HexFormat.of().formatHex(hash, 0, 16);
    }

    private Header header(SourceColumns.Names names) {
        List<String> list = names.list();
        byte[][] bytes = new byte[list.size()][];
        boolean[] isHashed = new boolean[list.size()];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = list.get(i).getBytes(StandardCharsets.UTF_8);
            isHashed[i] = hashed.computeIfAbsent(list.get(i), this::hashed);
        }
        return new Header(bytes, isHashed);
    }

    private boolean hashed(String column) {
        return LushaField.byName(column).map(f -> !unread.contains(f)).orElse(true);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no SHA-256", e);
        }
    }
}
