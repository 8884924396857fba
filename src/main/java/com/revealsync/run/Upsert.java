package com.revealsync.run;

import java.util.List;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Inserts rows or replaces those of the same key, as JDBC batches, in the caller's transaction:
 * {@code MERGE ... KEY} on H2, {@code INSERT ... ON CONFLICT DO UPDATE} on PostgreSQL (one
 * statement either way: on PostgreSQL a failed insert would abort the caller's transaction).
 */
public final class Upsert {

    private final JdbcTemplate jdbc;
    private final String table;
    private final List<String> columns;
    private final List<String> key;
    private volatile String sql;

    /** {@code columns}: their names, the first {@code keyColumns} of them the key. */
    public Upsert(JdbcTemplate jdbc, String table, int keyColumns, String... columns) {
        this.jdbc = jdbc;
        this.table = table;
        this.columns = List.of(columns);
        this.key = this.columns.subList(0, keyColumns);
    }

    /** One row, its values in the order of the columns. */
    public void run(Object... values) {
        jdbc.update(sql(), values);
    }

    /** Each row's values in the order of the columns. */
    public void runAll(List<Object[]> rows) {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(sql(), rows);
        }
    }

    private String sql() {
        String s = sql;
        if (s == null) {
            String names = String.join(", ", columns);
            String marks = columns.stream().map(c -> "?").collect(Collectors.joining(", "));
            s = AppDatabase.postgres(jdbc)
                    ? "INSERT INTO " + table + " (" + names + ") VALUES (" + marks + ") ON CONFLICT (" + String.join(", ", key)
                            + ") DO UPDATE SET " + columns.subList(key.size(), columns.size()).stream()
                                    .map(c -> c + " = EXCLUDED." + c).collect(Collectors.joining(", "))
                    : "MERGE INTO " + table + " (" + names + ") KEY (" + String.join(", ", key) + ") VALUES (" + marks + ")";
            sql = s;
        }
        return s;
    }
}
