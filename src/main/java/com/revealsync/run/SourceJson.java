package com.revealsync.run;

import com.revealsync.lusha.SourceColumns;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A row's source columns as stored in {@code row_outcome.source_json}. A row read from a file is
 * stored compact: a JSON array of its header's key and its cells, {@code ["<key>","cell 1",...]},
 * the header's column names stored once in {@code source_header} under that key (the first 128
 * bits of the SHA-256 of the names as a JSON array, in hex). Other rows, and every row stored
 * before this form, are a JSON object, column name to cell.
 *
 * <p>Why: the ~36 column names, repeated on every row of every run, were nearly half of a row's
 * JSON (generated batch: 1,192 bytes a row as an object, 670 compact), and the outcomes are most
 * of what a sync writes to its database (100,000 rows: 382 MB after a first run before, 294 MB
 * now).
 */
public final class SourceJson {

    private static final TypeReference<Map<String, String>> OBJECT = new TypeReference<>() { };
    private static final TypeReference<List<String>> NAMES = new TypeReference<>() { };
    private static final Pattern KEY = Pattern.compile("[0-9a-f]{32}");

    private final JdbcTemplate jdbc;
    private final JsonMapper json = JsonMapper.builder().build();
    private final InsertIfAbsent insertHeader;
    /** Headers read back, by key (a header is never changed once stored). */
    private final Map<String, List<String>> headers = new ConcurrentHashMap<>();

    public SourceJson(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.insertHeader = new InsertIfAbsent(jdbc, "source_header", 1, "header_key CHAR(32)", "columns_json TEXT");
    }

    /**
     * A writer for one transaction: its first row of each header stores that header (if absent) in
     * the same transaction, so a header commits with the first rows that name it, and a chunk that
     * rolls back leaves no row naming a header that is not there. Not thread-safe.
     */
    Writer writer() {
        return new Writer();
    }

    final class Writer {

        private final Map<SourceColumns.Names, String> keys = new IdentityHashMap<>();
        private final JsonArrayBytes array = new JsonArrayBytes();

        /**
         * The stored form of a row's columns. A row read from a file is written from its packed
         * cells' bytes (the text Jackson makes of its key and cells, without their strings).
         */
        String encode(Map<String, String> columns) {
            if (!(columns instanceof SourceColumns row)) {
                return json.writeValueAsString(columns);
            }
            String key = keys.computeIfAbsent(row.names(), this::store);
            array.start().add(key);
            for (int i = 0; i < row.size(); i++) {
                row.cellBytes(i, array);
            }
            return array.end();
        }

        private String store(SourceColumns.Names names) {
            String namesJson = json.writeValueAsString(names.list());
            String key = key(namesJson);
            insertHeader.run(List.<Object[]>of(new Object[] {key, namesJson}));
            return key;
        }
    }

    /**
     * A row's columns, name to cell, in column order, from either stored form; empty for null.
     *
     * @throws IllegalStateException for an array that is not a row stored under a known header
     */
    public Map<String, String> columns(String stored) {
        if (stored == null || stored.isBlank()) {
            return new LinkedHashMap<>();
        }
        if (!stored.startsWith("[")) {
            return json.readValue(stored, OBJECT);
        }
        Map<String, String> columns = compact(stored);
        if (columns == null) {
            throw new IllegalStateException("a stored row is an array that is not a row under a stored header");
        }
        return columns;
    }

    /**
     * A row's columns as a JSON object (the form readers parse); any other stored text unchanged
     * (a report shows an odd row as it is rather than fail).
     */
    public String objectJson(String stored) {
        if (stored == null || !stored.startsWith("[")) {
            return stored;
        }
        Map<String, String> columns = compact(stored);
        return columns == null ? stored : json.writeValueAsString(columns);
    }

    /** The columns of a compact row, or null if the text is not one. */
    private Map<String, String> compact(String stored) {
        JsonNode cells;
        try {
            cells = json.readTree(stored);
        } catch (JacksonException e) {
            return null;
        }
        JsonNode key = cells.isArray() && !cells.isEmpty() ? cells.get(0) : null;
        if (key == null || !key.isString() || !KEY.matcher(key.asString()).matches()) {
            return null;
        }
        List<String> names = header(key.asString());
        if (names == null || names.size() != cells.size() - 1) {
            return null;
        }
        Map<String, String> columns = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            JsonNode cell = cells.get(i + 1);
            columns.put(names.get(i), cell.isNull() ? null : cell.asString());
        }
        return columns;
    }

    /** A header's names, or null if no header has that key. */
    private List<String> header(String key) {
        List<String> known = headers.get(key);
        if (known != null) {
            return known;
        }
        List<String> found = jdbc.query("SELECT columns_json FROM source_header WHERE header_key = ?",
                (rs, i) -> rs.getString(1), key);
        if (found.isEmpty()) {
            return null;
        }
        List<String> names = List.copyOf(json.readValue(found.get(0), NAMES));
        headers.put(key, names);
        return names;
    }

    /** The first 128 bits of the SHA-256 of the header's names, in hex: 32 characters on every row. */
    static String key(String namesJson) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(namesJson.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
