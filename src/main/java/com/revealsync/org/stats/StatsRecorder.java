package com.revealsync.org.stats;

import com.revealsync.org.fault.Faults;
import com.revealsync.org.server.OrgContext;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Keeps {@code org-stats.json} of a running org current: every two seconds, and once more on stop. */
public final class StatsRecorder implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StatsRecorder.class);
    private static final long PERIOD_MILLIS = 2_000;

    private final OrgContext context;
    private final Faults faults;
    private final StatsFile file;
    private final ScheduledExecutorService timer;

    private StatsRecorder(OrgContext context, Faults faults, StatsFile file) {
        this.context = context;
        this.faults = faults;
        this.file = file;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "org-stats");
            t.setDaemon(true);
            return t;
        });
    }

    public static StatsRecorder start(OrgContext context, Faults faults, Path dataDir) {
        StatsRecorder recorder = new StatsRecorder(context, faults, new StatsFile(dataDir));
        recorder.write(false);
        recorder.timer.scheduleWithFixedDelay(() -> recorder.write(false), PERIOD_MILLIS, PERIOD_MILLIS,
                TimeUnit.MILLISECONDS);
        return recorder;
    }

    /** Writes the figures a last time, marked as stopped; call before the org's data closes. */
    @Override
    public void close() {
        timer.shutdownNow();
        write(true);
    }

    private void write(boolean stopped) {
        try {
            OrgStats stats = OrgStats.of(context, faults);
            file.write(stopped ? stats.stopped() : stats);
        } catch (RuntimeException e) {
            LOG.warn("cannot write the org's stats file: {}", e.toString());
        }
    }
}
