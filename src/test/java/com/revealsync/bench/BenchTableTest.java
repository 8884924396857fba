package com.revealsync.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The benchmark's table (bench/run's medians, wall ranges, the rerun write check, builds kept
 * apart), checked by {@code bench/selftest} on made-up figures: the script's own code, not a copy.
 */
class BenchTableTest {

    @Test
    void theBenchmarkTableGivesMediansAndFlagsAnyRerunThatWrote() throws IOException, InterruptedException {
        Process selftest = new ProcessBuilder("bash", Path.of("bench", "selftest").toString())
                .redirectErrorStream(true).start();
        boolean ended = selftest.waitFor(60, TimeUnit.SECONDS);
        String output = new String(selftest.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(ended).as("bench/selftest ended within 60 s").isTrue();
        assertThat(selftest.exitValue()).as(output).isZero();
        assertThat(output).contains("3 checks passed");
    }
}
