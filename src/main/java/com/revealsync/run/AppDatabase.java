package com.revealsync.run;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/** Which database the app database is, where a statement or step differs between H2 and PostgreSQL. */
public final class AppDatabase {

    private AppDatabase() {
    }

    /** Whether this template's database is PostgreSQL (otherwise H2); asks a connection's metadata. */
    public static boolean postgres(JdbcTemplate jdbc) {
        return "PostgreSQL".equalsIgnoreCase(
                jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName()));
    }
}
