package com.revealsync.backfill;

import com.revealsync.lusha.LushaField;
import com.revealsync.lusha.RecordType;
import com.revealsync.lusha.RevealedContact;
import com.revealsync.lusha.RowRef;
import com.revealsync.mapping.SystemFields;
import com.revealsync.run.SourceJson;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Lusha data from the rows earlier runs stored ({@code row_outcome.source_json}): for a Lead or
 * Contact the rows exported as that very record (its Salesforce id), else the rows of its Lusha id,
 * else of its email; for an Account the rows whose Contact went to it. Rows of earlier backfills are
 * not Lusha data and are left out. Three indexed queries per chunk, never one per record.
 */
final class StoredRows implements LushaDataSource {

    private static final int MAX_VALUES = 200;

    private final JdbcTemplate jdbc;
    private final SourceJson sources;

    StoredRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.sources = new SourceJson(jdbc);
    }

    @Override
    public String description() {
        return "the rows earlier syncs stored";
    }

    @Override
    public Map<String, LushaData> find(RecordType type, List<OrgRecord> records) {
        Map<String, String> lushaIds = new HashMap<>();
        Map<String, String> emails = new HashMap<>();
        for (OrgRecord r : records) {
            if (type != RecordType.Account) {
                putIfValue(lushaIds, r.id(), r.value(SystemFields.LUSHA_ID));
                String email = r.value("Email");
                putIfValue(emails, r.id(), email == null ? null : email.toLowerCase(Locale.ROOT));
            }
        }
        String idColumn = type == RecordType.Account ? "account_id" : "salesforce_id";
        Map<String, List<Stored>> byId = rows(idColumn, records.stream().map(OrgRecord::id).toList());
        Map<String, List<Stored>> byLushaId = rows("lusha_id", lushaIds.values());
        Map<String, List<Stored>> byEmail = rows("email", emails.values());
        Map<String, LushaData> found = new HashMap<>();
        for (OrgRecord r : records) {
            LushaData data = first(byId.get(r.id()), "Salesforce id");
            data = data != null ? data : first(byLushaId.get(lushaIds.get(r.id())), "Lusha id");
            data = data != null ? data : first(byEmail.get(emails.get(r.id())), "email");
            if (data != null) {
                found.put(r.id(), data);
            }
        }
        return found;
    }

    private record Stored(String origin, RevealedContact contact) {
    }

    /** Rows by the value of {@code column}, newest first. */
    private Map<String, List<Stored>> rows(String column, Collection<String> values) {
        Map<String, List<Stored>> rows = new HashMap<>();
        List<String> distinct = new ArrayList<>(new LinkedHashSet<>(values));
        for (int from = 0; from < distinct.size(); from += MAX_VALUES) {
            List<String> part = distinct.subList(from, Math.min(distinct.size(), from + MAX_VALUES));
            String marks = String.join(",", Collections.nCopies(part.size(), "?"));
            List<Object> params = new ArrayList<>();
            params.add(LinkedinBackfillJobConfiguration.JOB);
            params.addAll(part);
            jdbc.query("SELECT ro." + column + ", ro.run_id, ro.source_file, ro.line_no, ro.source_json FROM row_outcome ro"
                    + " JOIN sync_run r ON r.run_id = ro.run_id WHERE r.job_name <> ? AND ro." + column + " IN (" + marks + ")"
                    + " ORDER BY ro.recorded_at DESC, ro.run_id DESC, ro.line_no DESC", rs -> {
                        RowRef ref = new RowRef(rs.getString(3), rs.getLong(4));
                        rows.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                                .add(new Stored("run " + rs.getLong(2) + ", " + ref, contact(ref, rs.getString(5))));
                    }, params.toArray());
        }
        return rows;
    }

    /** The stored source columns as a revealed contact (columns named by key or display name). */
    private RevealedContact contact(RowRef ref, String sourceJson) {
        Map<String, String> columns = sources.columns(sourceJson);
        Map<LushaField, String> values = new EnumMap<>(LushaField.class);
        columns.forEach((name, value) -> LushaField.byName(name).ifPresent(f -> {
            if (value != null && !value.isBlank()) {
                values.putIfAbsent(f, value.strip());
            }
        }));
        return new RevealedContact(ref, values, new LinkedHashMap<>(columns));
    }

    private static LushaData first(List<Stored> rows, String matchedBy) {
        if (rows == null || rows.isEmpty()) {
            return null;
        }
        return new LushaData(rows.stream().map(Stored::contact).toList(), rows.stream().map(Stored::origin).toList(), matchedBy);
    }

    private static void putIfValue(Map<String, String> into, String key, String value) {
        if (value != null) {
            into.put(key, value);
        }
    }
}
