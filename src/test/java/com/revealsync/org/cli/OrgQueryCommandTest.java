package com.revealsync.org.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.revealsync.cli.RevealSyncCommand;
import com.revealsync.org.EmbeddedOrg;
import com.revealsync.org.OrgSettings;
import com.revealsync.org.data.OrgDatabase;
import com.revealsync.org.data.RecordInput;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class OrgQueryCommandTest {

    @TempDir
    static Path data;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void seed() {
        try (OrgDatabase org = OrgDatabase.open(data)) {
            String accountId = org.create(List.of(record("Account", "Name", "Acme Corporation"))).get(0).id();
            org.create(List.of(
                    record("Contact", "LastName", "Doe", "FirstName", "Jane", "AccountId", accountId),
                    record("Contact", "LastName", "Roe", "Title", "Head of\nSales")));
        }
    }

    @Test
    void printsRowsAsAnAlignedTable() {
        int exit = run("org", "query", "SELECT LastName, Title, Account.Name FROM Contact ORDER BY LastName", "--data", data.toString());

        assertThat(exit).isZero();
        assertThat(out.toString()).isEqualTo("""
                LastName  Title           Account.Name
                --------  --------------  ----------------
                Doe                       Acme Corporation
                Roe       Head of\\nSales
                (2 rows)
                """);
    }

    @Test
    void printsACount() {
        assertThat(run("org", "query", "SELECT COUNT() FROM Contact", "--data", data.toString())).isZero();
        assertThat(out.toString()).isEqualTo("count: 2\n");
    }

    @Test
    void aBadQueryIsAUsageErrorWithSalesforcesText() {
        assertThat(run("org", "query", "SELECT Nope FROM Contact", "--data", data.toString())).isEqualTo(2);
        assertThat(err.toString()).startsWith("error: INVALID_FIELD: ").contains("No such column 'Nope'").doesNotContain("at com.");
    }

    @Test
    void aMissingDataFolderIsAUsageError(@TempDir Path empty) {
        assertThat(run("org", "query", "SELECT Id FROM Lead", "--data", empty.resolve("nothing").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("no embedded org data in");
    }

    @Test
    void aFolderInUseByARunningOrgIsAUsageError(@TempDir Path busy) {
        try (EmbeddedOrg running = EmbeddedOrg.start(OrgSettings.inFolder(busy))) {
            assertThat(run("org", "query", "SELECT Id FROM Lead", "--data", busy.toString())).isEqualTo(2);
            assertThat(err.toString()).contains("is `org serve` running on this folder?").doesNotContain("at org.");
        }
    }

    @Test
    void aBadDurationIsAUsageError() {
        int exit = run("org", "serve", "--session-ttl", "soon");
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("'soon' is not a duration");
    }

    private int run(String... args) {
        CommandLine cli = RevealSyncCommand.withoutSpring();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private static RecordInput record(String type, String... pairs) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            values.put(pairs[i], pairs[i + 1]);
        }
        return new RecordInput(type, null, values, null);
    }
}
