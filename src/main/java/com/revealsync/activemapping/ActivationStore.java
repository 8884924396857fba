package com.revealsync.activemapping;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code mapping_activation} table: every activation, the latest one active. */
@Repository
public class ActivationStore {

    private static final String COLUMNS = "id, profile_path, content_sha256, activated_by, activated_at, test_summary";

    private final JdbcClient jdbc;

    public ActivationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(String profilePath, String sha256, String activatedBy, Timestamp at, String testSummary) {
        jdbc.sql("INSERT INTO mapping_activation (profile_path, content_sha256, activated_by, activated_at, test_summary)"
                        + " VALUES (?, ?, ?, ?, ?)")
                .params(profilePath, sha256, activatedBy, at, truncate(testSummary))
                .update();
    }

    /** The active profile: the latest activation, if any. */
    public Optional<Activation> latest() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM mapping_activation ORDER BY id DESC FETCH FIRST 1 ROWS ONLY")
                .query(ActivationStore::activation).optional();
    }

    private static Activation activation(ResultSet rs, int row) throws SQLException {
        return new Activation(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getTimestamp(5).toInstant(), rs.getString(6));
    }

    private static String truncate(String s) {
        return s == null || s.length() <= 2000 ? s : s.substring(0, 1997) + "...";
    }
}
