package com.revealsync.lusha.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.revealsync.cli.UserError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputCheckTest {

    @TempDir
    Path dir;

    @Test
    void measuresUsableFilesForProgress() throws IOException {
        Path a = write("a.csv", "lusha_id,revealed_by,company_description\nL1,dana@acme-sales.example,\"two\nlines\"\n"
                + ",dana@acme-sales.example,\n");
        Path b = write("b.csv", "lusha_id,revealed_by\nL3,dana@acme-sales.example\n");

        InputCheck.InputSummary summary = InputCheck.check(List.of(a, b));

        assertThat(summary.files()).extracting(InputCheck.FileSummary::lines).containsExactly(3L, 1L);
        assertThat(summary.lines()).isEqualTo(4);
        assertThat(summary.bytes()).isEqualTo(Files.size(a) + Files.size(b));
    }

    @Test
    void findsABadByteFarIntoTheFile() throws IOException {
        StringBuilder csv = new StringBuilder("lusha_id,revealed_by,first_name\n");
        for (int i = 2; i <= 5000; i++) {
            csv.append("L").append(i).append(",dana@acme-sales.example,\"Multi\nline\"\n");
        }
        byte[] good = csv.toString().getBytes(StandardCharsets.UTF_8);
        byte[] bad = "L0,dana@acme-sales.example,Ren\u00e9e\n".getBytes(StandardCharsets.ISO_8859_1);

        assertFileProblem(Files.write(dir.resolve("late.csv"), RevealedContactReaderTest.concat(good, bad)), 10_000,
                "is not valid UTF-8 text (first bad byte: byte 31 of the line)");
    }

    @Test
    void refusesAnEmptyFile() throws IOException {
        assertFileProblem(write("e.csv", ""), 0, "is empty");
        assertFileProblem(Files.write(dir.resolve("bom.csv"), new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '\n'}),
                0, "is empty");
    }

    @Test
    void refusesAFileWithOnlyAHeader() throws IOException {
        assertFileProblem(write("h.csv", "lusha_id,revealed_by\n\n,\n"), 0, "has a header row but no rows");
    }

    @Test
    void refusesAFileThatIsNotUtf8NamingTheLineOfTheFirstBadByte() throws IOException {
        byte[] latin1 = "lusha_id,revealed_by,first_name\nL1,dana@acme-sales.example,Ana\nL2,dana@acme-sales.example,Jos\u00e9\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        assertFileProblem(Files.write(dir.resolve("latin1.csv"), latin1), 3, "is not valid UTF-8 text (first bad byte: byte 31");
    }

    @Test
    void refusesABinaryFile() throws IOException {
        assertFileProblem(Files.write(dir.resolve("zip.csv"), new byte[] {'P', 'K', 3, 4, 0, 0, '\n'}), 1, "binary data");
        assertFileProblem(Files.write(dir.resolve("png.csv"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n'}), 1,
                "not valid UTF-8");
    }

    @Test
    void refusesAHeaderWithNoKnownColumn() throws IOException {
        assertFileProblem(write("other.csv", "Name,Amount,Date\nx,1,2\n"), 1, "names none of the revealed-contact columns");
        assertFileProblem(write("semi.csv", "lusha_id;revealed_by\nL1;dana@acme-sales.example\n"), 1,
                "looks separated by semicolons");
    }

    @Test
    void refusesAHeaderWithoutARequiredColumn() throws IOException {
        assertFileProblem(write("m.csv", "Lusha ID,Email 1\nL1,a@b.example\n"), 1,
                "lacks the required column revealed_by (\"Lusha User\")");
    }

    @Test
    void refusesAColumnNamedTwiceEvenByKeyAndDisplayName() throws IOException {
        assertFileProblem(write("d.csv", "\n\nlusha_id,revealed_by,email_1,Email 1\nL1,d@x.example,a,b\n"), 3,
                "names the same column twice: \"email_1\" (column 3) and \"Email 1\" (column 4)");
        assertFileProblem(write("u.csv", "lusha_id,revealed_by,Notes,NOTES\nL1,d@x.example,a,b\n"), 1,
                "names the same column twice");
    }

    @Test
    void refusesAHeaderThatCannotBeSplit() throws IOException {
        assertFileProblem(write("q.csv", "lusha_id,\"revealed_by\n"), 1, "the header row cannot be read: broken quoting");
    }

    @Test
    void namesEveryUnusableFileAtOnce() throws IOException {
        Path good = write("good.csv", "lusha_id,revealed_by\nL1,dana@acme-sales.example\n");
        Path empty = write("empty.csv", "");
        Path headerOnly = write("header.csv", "lusha_id,revealed_by\n");

        assertThatThrownBy(() -> InputCheck.check(List.of(empty, good, headerOnly)))
                .isInstanceOf(UserError.class)
                .hasMessage("2 input files cannot be read:\n  " + empty + ": is empty: a batch needs a header row and"
                        + " at least one row of revealed contacts\n  " + headerOnly
                        + ": has a header row but no rows of revealed contacts");
    }

    private void assertFileProblem(Path file, long line, String messagePart) {
        assertThatThrownBy(() -> InputCheck.check(List.of(file)))
                .isInstanceOfSatisfying(InputFileError.class, e -> {
                    assertThat(e.problems()).hasSize(1);
                    FileProblem problem = e.problems().get(0);
                    assertThat(problem.file()).isEqualTo(file.toString());
                    assertThat(problem.line()).as("line").isEqualTo(line);
                    assertThat(problem.message()).contains(messagePart);
                    assertThat(e.getMessage()).startsWith(file + (line > 0 ? ":" + line + ": " : ": "));
                });
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }
}
