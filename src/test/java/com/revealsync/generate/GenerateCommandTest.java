package com.revealsync.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.revealsync.cli.RevealSyncCommand;
import com.revealsync.lusha.InputRow;
import com.revealsync.lusha.LushaField;
import com.revealsync.lusha.RevealedContact;
import com.revealsync.lusha.RowProblem;
import com.revealsync.lusha.input.InputCheck;
import com.revealsync.lusha.input.RevealedContactReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import picocli.CommandLine;

class GenerateCommandTest {

    @TempDir
    Path dir;

    @Test
    void theSameSeedGivesAByteIdenticalFileAndAnotherSeedAnotherFile() throws IOException {
        GenerateCommand.generate(3000, 0.2, 7, dir.resolve("a.csv"));
        GenerateCommand.generate(3000, 0.2, 7, dir.resolve("b.csv"));
        GenerateCommand.generate(3000, 0.2, 8, dir.resolve("c.csv"));

        assertThat(Files.readAllBytes(dir.resolve("a.csv"))).isEqualTo(Files.readAllBytes(dir.resolve("b.csv")));
        assertThat(Files.readAllBytes(dir.resolve("a.csv"))).isNotEqualTo(Files.readAllBytes(dir.resolve("c.csv")));
    }

    @Test
    void theReaderFindsOneItemPerRowAndExactlyTheUnreadableRowsAsProblems() {
        Path file = dir.resolve("mixed.csv");
        GenerateResult result = GenerateCommand.generate(10_000, 0.3, 11, file);

        Map<String, Long> items = new HashMap<>();
        read(file).forEach(row -> items.merge(row instanceof RowProblem p ? p.code() : "contact", 1L, Long::sum));

        assertThat(result.rows()).isEqualTo(10_000);
        assertThat(items.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(10_000);
        assertThat(items.getOrDefault("contact", 0L)).isEqualTo(10_000 - result.rowProblems());
        assertThat(result.bad()).containsOnlyKeys(BadRowKind.values());
        long invalidRows = result.bad().get(BadRowKind.WRONG_COLUMN_COUNT) + result.bad().get(BadRowKind.BROKEN_QUOTING);
        assertThat(items.get(RowProblem.INVALID_ROW)).isEqualTo(invalidRows);
        assertThat(items.get(RowProblem.REQUIRED_VALUE_MISSING)).isEqualTo(result.bad().get(BadRowKind.MISSING_LUSHA_ID));
        assertThat(InputCheck.check(List.of(file)).lines()).isGreaterThanOrEqualTo(10_000);
    }

    @Test
    void theBadFractionIsKeptWithinTolerance() {
        GenerateResult none = GenerateCommand.generate(5_000, 0, 3, dir.resolve("clean.csv"));
        GenerateResult some = GenerateCommand.generate(10_000, 0.1, 3, dir.resolve("some.csv"));

        assertThat(none.badRows()).isZero();
        assertThat(read(dir.resolve("clean.csv"))).allMatch(RevealedContact.class::isInstance);
        assertThat(some.badRows() / 10_000.0).isCloseTo(0.1, within(0.01));
    }

    @Test
    void cleanRowsLookLikeATeamsRevealsWithUniqueEmailsAndSharedCompanies() {
        Path file = dir.resolve("team.csv");
        GenerateResult result = GenerateCommand.generate(4_000, 0.2, 5, file);

        List<RevealedContact> contacts = read(file).stream().filter(RevealedContact.class::isInstance)
                .map(RevealedContact.class::cast).toList();
        List<String> emails = contacts.stream().map(c -> c.get(LushaField.EMAIL_1)).filter(e -> e != null).toList();
        Set<String> companies = new HashSet<>();
        contacts.forEach(c -> companies.add(c.get(LushaField.COMPANY_ID)));

        assertThat((long) (emails.size() - new HashSet<>(emails).size())).as("repeated emails: the duplicates only")
                .isEqualTo(result.bad().get(BadRowKind.DUPLICATE));
        assertThat(companies).as("a pool of rows/8 companies, shared").hasSizeBetween(250, 501);
        assertThat(contacts).extracting(RevealedContact::revealedBy).contains("dana@acme-sales.example",
                "omer@acme-sales.example", "lee@acme-sales.example");
        assertThat(contacts).extracting(c -> String.valueOf(c.get(LushaField.EXPORT_AS)))
                .contains("Lead", "Contact", "null");
        assertThat(contacts).extracting(c -> c.sourceColumns().get("list_name")).contains("Q4 Outbound");
        assertThat(contacts).anyMatch(c -> c.get(LushaField.COMPANY_DESCRIPTION).contains("\n"));
    }

    @Test
    void theCommandWritesTheFileAndPrintsItsRate() {
        StringWriter out = new StringWriter();
        CommandLine cli = RevealSyncCommand.configure(new CommandLine(new GenerateCommand()));
        cli.setOut(new PrintWriter(out));
        Path file = dir.resolve("sub/out.csv");

        int exit = cli.execute("--rows", "500", "--seed", "9", "--out", file.toString());

        assertThat(exit).isZero();
        assertThat(read(file)).hasSize(500);
        assertThat(out.toString()).startsWith("generated 500 rows into " + file + ": ").contains(" rows/s");
    }

    @Test
    void refusesBadArgumentsWithExitTwo() {
        CommandLine cli = RevealSyncCommand.configure(new CommandLine(new GenerateCommand()));
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err));

        assertThat(cli.execute("--rows", "0", "--out", dir.resolve("x.csv").toString())).isEqualTo(2);
        assertThat(cli.execute("--rows", "5", "--bad-fraction", "1.5", "--out", "x.csv")).isEqualTo(2);
        assertThat(err.toString()).contains("--rows must be at least 1").contains("--bad-fraction must be between 0 and 1");
    }

    private static List<InputRow> read(Path file) {
        RevealedContactReader reader = new RevealedContactReader("test", List.of(file));
        reader.open(new ExecutionContext());
        List<InputRow> rows = new java.util.ArrayList<>();
        for (InputRow row = reader.read(); row != null; row = reader.read()) {
            rows.add(row);
        }
        reader.close();
        return rows;
    }
}
