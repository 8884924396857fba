package com.revealsync.schedule;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** The {@code schedule_run} table: one row per execution of a schedule, on whichever node ran it. */
@Component
public class ScheduleHistory {

    /** How an execution was started. */
    public enum Kind { SCHEDULED, MANUAL }

    /** The latest execution of a schedule, for {@code schedules}. */
    public record LastRun(LocalDateTime fireTime, String status, String instanceId, String message) {
    }

    private final JdbcTemplate jdbc;

    public ScheduleHistory(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    long started(String schedule, String job, Kind kind, Instant fireTime, String instanceId) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement insert = connection.prepareStatement("INSERT INTO schedule_run (schedule_name, job_name,"
                    + " trigger_kind, fire_time, instance_id, started_at) VALUES (?,?,?,?,?,?)", new String[] {"id"});
            insert.setString(1, schedule);
            insert.setString(2, job);
            insert.setString(3, kind.name());
            insert.setObject(4, local(fireTime));
            insert.setString(5, instanceId);
            insert.setObject(6, LocalDateTime.now());
            return insert;
        }, key);
        return Objects.requireNonNull(key.getKey(), "generated id").longValue();
    }

    void finished(long id, RunResult result) {
        Path report = result.report();
        jdbc.update("UPDATE schedule_run SET finished_at = ?, status = ?, run_id = ?, report_path = ?, message = ?"
                        + " WHERE id = ?", LocalDateTime.now(), result.status().name(), result.runId(),
                report == null ? null : report.toString(), truncate(result.summary()), id);
    }

    /** The latest execution of each schedule. */
    public Map<String, LastRun> lastRuns() {
        Map<String, LastRun> last = new HashMap<>();
        jdbc.query("SELECT schedule_name, fire_time, status, instance_id, message FROM schedule_run s WHERE id ="
                + " (SELECT MAX(id) FROM schedule_run t WHERE t.schedule_name = s.schedule_name)", rs -> {
                    last.put(rs.getString(1), new LastRun(rs.getObject(2, LocalDateTime.class), rs.getString(3),
                            rs.getString(4), rs.getString(5)));
                });
        return last;
    }

    private static LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneId.systemDefault());
    }

    private static String truncate(String message) {
        return message == null || message.length() <= 4000 ? message : message.substring(0, 3997) + "...";
    }

}
