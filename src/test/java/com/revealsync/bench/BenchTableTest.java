package com.revealsync.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The benchmark's own logic, checked by {@code bench/selftest} on made-up figures (the scripts' own
 * code, not a copy): bench/run's table (medians, wall ranges, the rerun write check, builds kept
 * apart) and bench/served.sh's reading of a night from a serve log ({@code bench/run --serve}), a failed
 * night included (it must end the wait for it, not hang the benchmark).
 */
class BenchTableTest {

    @Test
    void theBenchmarkTableGivesMediansAndFlagsAnyRerunThatWrote() throws IOException, InterruptedException {
        assertThat(selftest("table")).contains("bench/run table: 4 checks passed");
    }

    @Test
    void aScheduledNightIsReadFromTheServeLogAcrossMidnightTooAndAFailedNightIsSeen() throws IOException, InterruptedException {
        assertThat(selftest("serve")).contains("bench/served.sh night: 3 checks passed");
    }

    private static String selftest(String part) throws IOException, InterruptedException {
        Process selftest = new ProcessBuilder("bash", Path.of("bench", "selftest").toString(), part)
                .redirectErrorStream(true).start();
        boolean ended = selftest.waitFor(60, TimeUnit.SECONDS);
        String output = new String(selftest.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(ended).as("bench/selftest %s ended within 60 s", part).isTrue();
        assertThat(selftest.exitValue()).as(output).isZero();
        return output;
    }
}
