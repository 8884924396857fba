package com.revealsync.lusha.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.revealsync.cli.UserError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFilesTest {

    @TempDir
    Path dir;
    Path batches;

    @BeforeEach
    void files() throws IOException {
        batches = Files.createDirectories(dir.resolve("batches"));
        for (String name : new String[] {"2026-11-27-b.csv", "2026-11-26-a.csv", "notes.txt", "2026-11-28.CSV", "._2026-11-26-a.csv"}) {
            Files.writeString(batches.resolve(name), "lusha_id,revealed_by\n");
        }
        Files.createDirectories(batches.resolve("old.csv"));
        Files.writeString(Files.createDirectories(batches.resolve("archive")).resolve("2026-01-01.csv"), "x");
    }

    @Test
    void oneFileAsGiven() {
        assertThat(InputFiles.resolve(batches + "/notes.txt")).containsExactly(batches.resolve("notes.txt"));
    }

    @Test
    void aFolderGivesItsCsvFilesInNameOrder() {
        assertThat(InputFiles.resolve(batches.toString())).containsExactly(
                batches.resolve("2026-11-26-a.csv"), batches.resolve("2026-11-27-b.csv"), batches.resolve("2026-11-28.CSV"));
    }

    @Test
    void aGlobGivesTheMatchingFilesInNameOrder() {
        assertThat(InputFiles.resolve(batches + "/2026-11-2?-*.csv")).containsExactly(
                batches.resolve("2026-11-26-a.csv"), batches.resolve("2026-11-27-b.csv"));
        assertThat(InputFiles.resolve(dir + "/*/archive/*.csv")).containsExactly(batches.resolve("archive/2026-01-01.csv"));
        assertThat(InputFiles.resolve(dir + "/**/2026-01-*.csv")).containsExactly(batches.resolve("archive/2026-01-01.csv"));
    }

    @Test
    void relativePathsStayRelative() {
        Path relative = Path.of("").toAbsolutePath().relativize(batches);

        assertThat(InputFiles.resolve(relative + "/*-a.csv")).containsExactly(relative.resolve("2026-11-26-a.csv"));
        assertThat(InputFiles.resolve(relative.toString()).get(0)).isEqualTo(relative.resolve("2026-11-26-a.csv"));
    }

    @Test
    void namesWhatMatchesNothing() throws IOException {
        assertThatThrownBy(() -> InputFiles.resolve(dir + "/missing.csv")).isInstanceOf(UserError.class)
                .hasMessage("input " + dir + "/missing.csv does not exist");
        assertThatThrownBy(() -> InputFiles.resolve(batches + "/*.json")).isInstanceOf(UserError.class)
                .hasMessage("input " + batches + "/*.json matches no files");
        assertThatThrownBy(() -> InputFiles.resolve(dir + "/nowhere/*.csv")).isInstanceOf(UserError.class)
                .hasMessage("input " + dir + "/nowhere/*.csv: folder " + dir + "/nowhere does not exist");
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertThatThrownBy(() -> InputFiles.resolve(empty.toString())).isInstanceOf(UserError.class)
                .hasMessage("input folder " + empty + " holds no .csv files");
        assertThatThrownBy(() -> InputFiles.resolve(" ")).isInstanceOf(UserError.class).hasMessageContaining("--input");
    }
}
