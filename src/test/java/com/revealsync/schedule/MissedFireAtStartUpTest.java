package com.revealsync.schedule;

import static com.revealsync.schedule.SchedulingInSpringTest.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quartz.Scheduler;
import org.quartz.Trigger;
import org.quartz.TriggerKey;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;

/**
 * A daily schedule whose fire time passed while no scheduler was running (its trigger was stored
 * three days ago) runs once, right when the scheduler starts, then waits for its next time:
 * three missed days are one run, not three. Its own context, so this is the scheduler's first start.
 */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:missed-fire;DB_CLOSE_DELAY=-1",
        "reveal-sync.schedules.reports-dir=${java.io.tmpdir}/reveal-sync-missed-fire-test"})
@Import(SchedulingInSpringTest.StandInJobs.class)
@DirtiesContext
class MissedFireAtStartUpTest {

    @Autowired
    Scheduler scheduler;
    @Autowired
    ClusterLock lock;
    @Autowired
    SchedulingInSpringTest.StandInSync sync;
    @Autowired
    DataSource dataSource;

    @AfterEach
    void stop() throws Exception {
        scheduler.standby();
        scheduler.clear();
    }

    @Test
    void aFireMissedWhileNothingRanRunsOnceAtStartUp() throws Exception {
        Schedule daily = new Schedule("missed", "standInSync", "0 0 3 * * ?", ZoneOffset.UTC, Map.of(), true, "test");
        Clock threeDaysAgo = Clock.fixed(Instant.now().minus(Duration.ofDays(3)), ZoneOffset.UTC);
        new ScheduleRegistrar(scheduler, lock, threeDaysAgo).register(List.of(daily));
        TriggerKey key = TriggerKey.triggerKey("missed", ScheduleRegistrar.GROUP);
        assertThat(scheduler.getTrigger(key).getNextFireTime().toInstant()).isBefore(Instant.now().minus(Duration.ofDays(1)));

        scheduler.start();

        waitUntil(() -> sync.calls.get() == 1 && runs("finished_at IS NOT NULL") == 1);
        Trigger trigger = scheduler.getTrigger(key);
        assertThat(trigger.getNextFireTime().toInstant()).as("next fire: the next 03:00, no catch-up left")
                .isAfter(Instant.now().plus(Duration.ofMinutes(1)));
        assertThat(runs("trigger_kind = 'SCHEDULED'")).isEqualTo(1);
        assertThat(sync.calls.get()).isEqualTo(1);
    }

    private int runs(String condition) {
        return new JdbcTemplate(dataSource).queryForObject("SELECT COUNT(*) FROM schedule_run WHERE schedule_name ="
                + " 'missed' AND " + condition, Integer.class);
    }
}
