package com.revealsync.fingerprint;

import com.revealsync.run.Upsert;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The {@code row_fingerprint} table: per org and Lusha id, the {@link RowFingerprint} of the row's
 * last clean export. Writes join the caller's transaction (a chunk's), so fingerprints commit with
 * the outcomes they stand for.
 */
@Repository
public class RowFingerprints {

    /** Keys per query (IN lists). */
    private static final int MAX_VALUES = 200;

    private final JdbcTemplate jdbc;
    private final Upsert upsert;

    public RowFingerprints(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.upsert = new Upsert(jdbc, "row_fingerprint", 2, "lusha_id", "org_id", "fingerprint", "record_type",
                "salesforce_id", "account_id", "warnings_json", "skip_json", "match_keys");
    }

    /**
     * The fingerprints of these Lusha ids in this org, by Lusha id, without their lookup keys (only
     * {@link #forgetChanged} reads those).
     */
    public Map<String, RowFingerprint> find(String orgId, Collection<String> lushaIds) {
        Map<String, RowFingerprint> found = new HashMap<>();
        // in key order: each IN list reads one stretch of the primary key
        List<String> ids = new ArrayList<>(new TreeSet<>(lushaIds));
        for (int from = 0; from < ids.size(); from += MAX_VALUES) {
            List<String> part = ids.subList(from, Math.min(ids.size(), from + MAX_VALUES));
            List<Object> args = new ArrayList<>(part.size() + 1);
            args.add(orgId);
            args.addAll(part);
            jdbc.query("SELECT lusha_id, fingerprint, record_type, salesforce_id, account_id, warnings_json, skip_json"
                    + " FROM row_fingerprint WHERE org_id = ? AND lusha_id IN (" + marks(part.size()) + ")", rs -> {
                        found.put(rs.getString(1), new RowFingerprint(rs.getString(1), rs.getString(2),
                                rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), null));
                    }, args.toArray());
        }
        return found;
    }

    /** Stores these fingerprints, replacing those of the same Lusha ids ({@link Upsert}: one statement a row). */
    public void save(String orgId, Collection<RowFingerprint> fingerprints) {
        if (fingerprints.isEmpty()) {
            return;
        }
        List<Object[]> rows = new ArrayList<>(fingerprints.size());
        for (RowFingerprint f : fingerprints) {
            rows.add(new Object[] {f.lushaId(), orgId, f.fingerprint(), f.recordType(), f.salesforceId(),
                    f.accountId(), f.warningsJson(), f.skipJson(), f.matchKeys()});
        }
        upsert.runAll(rows);
    }

    /** Deletes the fingerprints of these Lusha ids. */
    public void forget(String orgId, Collection<String> lushaIds) {
        if (!lushaIds.isEmpty()) {
            jdbc.batchUpdate("DELETE FROM row_fingerprint WHERE org_id = ? AND lusha_id = ?",
                    lushaIds.stream().distinct().map(id -> new Object[] {orgId, id}).toList());
        }
    }

    /**
     * Deletes the fingerprints naming any of these records (15-character ids, as the row's record or
     * its Account) or holding any of these lookup keys: one pass over the org's fingerprints,
     * whatever the number of changes.
     */
    public void forgetChanged(String orgId, Set<String> ids15, Set<String> keys) {
        if (ids15.isEmpty() && keys.isEmpty()) {
            return;
        }
        List<String> stale = new ArrayList<>();
        jdbc.query("SELECT lusha_id, fingerprint, record_type, salesforce_id, account_id, match_keys"
                + " FROM row_fingerprint WHERE org_id = ?", rs -> {
                    RowFingerprint f = new RowFingerprint(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), null, null, rs.getString(6));
                    if (f.names(ids15) || f.searchesBy(keys)) {
                        stale.add(f.lushaId());
                    }
                }, orgId);
        forget(orgId, stale);
    }

    /**
     * The lookup keys of the org's skip fingerprints ({@link RowFingerprint#skip()}), by Lusha id: at
     * most {@code max} of them. One pass over the org's fingerprints.
     */
    public Map<String, String> skipKeys(String orgId, int max) {
        Map<String, String> keys = new HashMap<>();
        jdbc.query(c -> {
            var statement = c.prepareStatement("SELECT lusha_id, match_keys FROM row_fingerprint"
                    + " WHERE org_id = ? AND salesforce_id IS NULL");
            statement.setString(1, orgId);
            statement.setMaxRows(max);
            return statement;
        }, rs -> {
            keys.put(rs.getString(1), rs.getString(2));
        });
        return keys;
    }

    /** Deletes every fingerprint of the org. */
    public void forgetOrg(String orgId) {
        jdbc.update("DELETE FROM row_fingerprint WHERE org_id = ?", orgId);
    }

    private static String marks(int n) {
        return String.join(",", Collections.nCopies(n, "?"));
    }
}
