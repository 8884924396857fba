package com.revealsync.lusha.input;

import static org.assertj.core.api.Assertions.assertThat;

import com.revealsync.generate.GenerateCommand;
import com.revealsync.generate.GenerateResult;
import com.revealsync.lusha.InputRow;
import com.revealsync.lusha.RowProblem;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * On demand ({@code mvn test -Dgroups=benchmark -Dsurefire.excludedGroups=}): a million generated
 * rows written and read back in constant memory, with the rates printed.
 */
@Tag("benchmark")
class ReaderMemoryBenchmark {

    static final long ROWS = 1_000_000;

    @TempDir
    Path dir;

    @Test
    void aMillionRowsAreWrittenAndReadInConstantMemory() throws Exception {
        Path file = dir.resolve("million.csv");
        long cpu = cpu();
        GenerateResult generated = GenerateCommand.generate(ROWS, 0.1, 42, file);
        print("generate", ROWS, generated.elapsedNanos(), cpu, Files.size(file));

        long checkStart = System.nanoTime();
        cpu = cpu();
        InputCheck.InputSummary summary = InputCheck.check(List.of(file));
        print("pre-flight check (lines)", summary.lines(), System.nanoTime() - checkStart, cpu, summary.bytes());

        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        RevealedContactReader reader = new RevealedContactReader("benchmark", List.of(file));
        reader.open(new ExecutionContext());
        long start = System.nanoTime();
        cpu = cpu();
        long rows = 0;
        long problems = 0;
        long heapAtTenth = 0;
        for (InputRow row = reader.read(); row != null; row = reader.read()) {
            rows++;
            problems += row instanceof RowProblem ? 1 : 0;
            if (rows == ROWS / 10) {
                heapAtTenth = usedHeapAfterGc(memory);
            }
        }
        long elapsed = System.nanoTime() - start;
        print("read", rows, elapsed, cpu, Files.size(file));
        long heapAtEnd = usedHeapAfterGc(memory);
        reader.close();
        System.out.printf(Locale.ROOT, "heap after gc: %.1f MB at %,d rows, %.1f MB at %,d rows%n",
                heapAtTenth / 1e6, ROWS / 10, heapAtEnd / 1e6, rows);

        assertThat(rows).isEqualTo(ROWS);
        assertThat(problems).isEqualTo(generated.rowProblems());
        assertThat(heapAtEnd - heapAtTenth).as("heap growth from 10%% to 100%% of the rows").isLessThan(16_000_000);
    }

    private static long usedHeapAfterGc(MemoryMXBean memory) {
        System.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }

    private static long cpu() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    /** Wall time, and this thread's CPU time (which a busy machine does not inflate). */
    private static void print(String what, long rows, long nanos, long cpuStart, long bytes) {
        long cpuNanos = cpu() - cpuStart;
        System.out.printf(Locale.ROOT, "%s: %,d rows, %.0f MB in %.1f s (%,.0f rows/s), CPU %.1f s (%,.0f rows/s)%n",
                what, rows, bytes / 1e6, nanos / 1e9, rows * 1e9 / nanos, cpuNanos / 1e9, rows * 1e9 / cpuNanos);
    }
}
