package com.revealsync.sync;

import com.revealsync.run.RowOutcome;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Prints how far a run is: rows done of the total, rate and ETA, at most every few seconds (and
 * once at the end), so a nightly log stays readable whatever the batch size. The backfill uses it
 * too, with no total known in advance (then without percentage and ETA).
 */
public final class SyncProgress {

    private static final Duration EVERY = Duration.ofSeconds(5);

    private final PrintStream out;
    private final Clock clock;
    private final long total;
    private final Instant started;
    private long done;
    private long problems;
    private Instant lastPrinted;

    /** @param total the rows the run will read, or -1 when not known in advance */
    public SyncProgress(PrintStream out, Clock clock, long total) {
        this.out = out;
        this.clock = clock;
        this.total = total;
        this.started = clock.instant();
        this.lastPrinted = started;
    }

    public synchronized void rowsDone(List<RowOutcome> outcomes) {
        done += outcomes.size();
        problems += outcomes.stream().filter(o -> o.outcome().isProblem()).count();
        Instant now = clock.instant();
        if (Duration.between(lastPrinted, now).compareTo(EVERY) >= 0) {
            lastPrinted = now;
            out.println(line(now));
        }
    }

    /** The last line, whatever the time since the one before. */
    public synchronized void finish() {
        out.println(line(clock.instant()));
    }

    private String line(Instant now) {
        double seconds = Math.max(0.001, Duration.between(started, now).toMillis() / 1000.0);
        double rate = done / seconds;
        if (this.total < 0) {
            return String.format("progress: %,d rows, %,.0f rows/s, %,d skipped or failed", done, rate, problems);
        }
        long total = Math.max(this.total, done);
        String eta = rate > 0 && total > done ? formatDuration(Duration.ofSeconds((long) ((total - done) / rate))) : "0s";
        return String.format("progress: %,d/%,d rows (%.0f%%), %,.0f rows/s, %,d skipped or failed, ETA %s",
                done, total, total == 0 ? 100.0 : 100.0 * done / total, rate, problems, eta);
    }

    static String formatDuration(Duration d) {
        long s = d.toSeconds();
        return s >= 3600 ? String.format("%dh%02dm", s / 3600, (s % 3600) / 60)
                : s >= 60 ? String.format("%dm%02ds", s / 60, s % 60) : s + "s";
    }
}
