package com.revealsync.lusha.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.revealsync.lusha.InputRow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;

/**
 * A reader stopped after any row and opened again with the state it saved goes on with exactly the
 * next row: nothing read twice, nothing lost, line numbers still right.
 */
class RevealedContactReaderRestartTest {

    @TempDir
    Path dir;

    @Test
    void resumesAfterTheLastSavedRowAtEveryPointOfSeveralFiles() throws IOException {
        List<Path> files = files();
        List<String> all = describe(readFrom(new RevealedContactReader("sync", files), new ExecutionContext(), -1));

        for (int stopAfter = 0; stopAfter <= all.size(); stopAfter++) {
            ExecutionContext saved = new ExecutionContext();
            RevealedContactReader first = new RevealedContactReader("sync", files);
            List<String> before = describe(readFrom(first, saved, stopAfter));

            List<String> after = describe(readFrom(new RevealedContactReader("sync", files), saved, -1));

            List<String> together = new ArrayList<>(before);
            together.addAll(after);
            assertThat(together).as("stopped after %d rows", stopAfter).isEqualTo(all);
        }
    }

    @Test
    void storesItsStateUnderItsName() throws IOException {
        RevealedContactReader reader = new RevealedContactReader("nightlySyncReader", files());
        ExecutionContext context = new ExecutionContext();
        readFrom(reader, context, 3);

        assertThat(context.getInt("nightlySyncReader.file.index")).isEqualTo(0);
        assertThat(context.getLong("nightlySyncReader.rows.read")).isEqualTo(3);
        assertThat(context.getLong("nightlySyncReader.file.line")).as("the line after A3").isEqualTo(6);
        assertThat(context.getString("nightlySyncReader.file.name")).endsWith("a.csv");
    }

    @Test
    void refusesToRestartOnOtherInput() throws IOException {
        List<Path> files = files();
        ExecutionContext saved = new ExecutionContext();
        readFrom(new RevealedContactReader("sync", files), saved, 7);

        RevealedContactReader other = new RevealedContactReader("sync", List.of(files.get(0), files.get(0)));

        assertThatThrownBy(() -> other.open(saved)).isInstanceOf(ItemStreamException.class)
                .hasMessageContaining("run it with the same input");
    }

    /** Two files: multi-line values, a stray quote whose lines are read again, blank lines, problems. */
    private List<Path> files() throws IOException {
        Path a = Files.writeString(dir.resolve("a.csv"), "\uFEFFlusha_id,revealed_by,company_description,export_as\n"
                + "A1,dana@acme-sales.example,\"two\nlines\",Lead\n"        // 2-3
                + "A2,dana@acme-sales.example,\"stray,Lead\n"               // 4: broken, lines after it read again
                + "A3,dana@acme-sales.example,plain,Contact\n"              // 5
                + "\n"
                + "A4,dana@acme-sales.example,\"three\n\nlines\",\n"        // 7-9
                + "A5,dana@acme-sales.example,x,Boat\n"                     // 10: invalid export_as
                + "A6,dana@acme-sales.example,x\n");                        // 11: wrong column count
        Path b = Files.writeString(dir.resolve("b.csv"), "Lusha ID,Lusha User\n"
                + "B1,omer@acme-sales.example\n"
                + "B2,omer@acme-sales.example\n");
        return List.of(a, b);
    }

    /** Opens the reader on the context, reads {@code count} rows (all when negative), saves state, closes. */
    private static List<InputRow> readFrom(RevealedContactReader reader, ExecutionContext context, int count) {
        reader.open(context);
        List<InputRow> rows = new ArrayList<>();
        while (count < 0 || rows.size() < count) {
            InputRow row = reader.read();
            if (row == null) {
                break;
            }
            rows.add(row);
        }
        reader.update(context);
        reader.close();
        return rows;
    }

    private static List<String> describe(List<InputRow> rows) {
        return rows.stream().map(r -> r.source() + " " + r).toList();
    }
}
