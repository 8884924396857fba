package com.revealsync.run;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Inserts rows whose key is not in the table yet, as JDBC batches, in the caller's transaction:
 * {@code MERGE ... WHEN NOT MATCHED} on H2, {@code INSERT ... ON CONFLICT DO NOTHING} on PostgreSQL
 * (where MERGE can still fail on a key another transaction inserts at the same time).
 */
final class InsertIfAbsent {

    private final JdbcTemplate jdbc;
    private final String table;
    private final int keyColumns;
    private final List<String[]> columns;
    private volatile String sql;

    /** {@code columns}: "name TYPE", the first {@code keyColumns} of them the key. */
    InsertIfAbsent(JdbcTemplate jdbc, String table, int keyColumns, String... columns) {
        this.jdbc = jdbc;
        this.table = table;
        this.keyColumns = keyColumns;
        this.columns = Arrays.stream(columns).map(c -> c.split(" ", 2)).toList();
    }

    /** Each row's values in the order of the columns. */
    void run(List<Object[]> rows) {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(sql(), rows);
        }
    }

    private String sql() {
        String s = sql;
        if (s == null) {
            String product = jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName());
            s = "PostgreSQL".equalsIgnoreCase(product) ? onConflict() : merge();
            sql = s;
        }
        return s;
    }

    private String names(String prefix) {
        return columns.stream().map(c -> prefix + c[0]).collect(Collectors.joining(", "));
    }

    private String onConflict() {
        return "INSERT INTO " + table + " (" + names("") + ") VALUES ("
                + columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ") ON CONFLICT DO NOTHING";
    }

    private String merge() {
        String using = columns.stream().map(c -> "CAST(? AS " + c[1] + ") AS " + c[0]).collect(Collectors.joining(", "));
        String on = columns.subList(0, keyColumns).stream().map(c -> "t." + c[0] + " = s." + c[0])
                .collect(Collectors.joining(" AND "));
        return "MERGE INTO " + table + " t USING (SELECT " + using + ") s ON " + on
                + " WHEN NOT MATCHED THEN INSERT (" + names("") + ") VALUES (" + names("s.") + ")";
    }
}
