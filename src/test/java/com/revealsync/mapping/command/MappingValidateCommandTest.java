package com.revealsync.mapping.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.revealsync.cli.RevealSyncCommand;
import com.revealsync.lusha.RecordType;
import com.revealsync.mapping.testing.Describes;
import com.revealsync.salesforce.metadata.DescribeSource;
import com.revealsync.salesforce.metadata.SObjectDescribe;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code mapping validate FILE}, with the root's error handling, against inline describes. */
class MappingValidateCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void theDefaultProfilePasses() {
        int code = run(Describes::source, "validate", "jobs/mapping/default.yml");

        assertThat(code).isZero();
        assertThat(out.toString()).startsWith(Path.of("jobs/mapping/default.yml") + " fits the target org: Lead 7 fields, 1 predefined, 0 rules;")
                .contains("Account creation on");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void aTextFieldOnNumberOfEmployeesAndAnUnknownFieldAreRefusedWithExit2() throws IOException {
        Path profile = dir.resolve("bad.yml");
        Files.writeString(profile, Files.readString(Path.of("jobs/mapping/default.yml"))
                .replace("lusha: Number of Employees", "lusha: Industry")
                .replace("salesforce: Department", "salesforce: Department__c"));

        int code = run(Describes::source, "validate", profile.toString());

        assertThat(code).isEqualTo(RevealSyncCommand.USAGE);
        assertThat(err.toString())
                .contains(profile + " does not fit the target org (2 problems):")
                .contains("Account: Industry -> NumberOfEmployees: type mismatch: Industry is a text field, NumberOfEmployees is int")
                .contains("Contact: Departments -> Department__c: no such field on Contact")
                .doesNotContain("Exception", "\tat ");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aProfileThatCannotBeReadIsRefusedWithItsLine() throws IOException {
        Path profile = dir.resolve("typo.yml");
        Files.writeString(profile, "mappings:\n  Lead:\n    fields:\n      - {lusha: Emial 1, salesforce: Email}\n");

        int code = run(Describes::source, "validate", profile.toString());

        assertThat(code).isEqualTo(RevealSyncCommand.USAGE);
        assertThat(err.toString()).startsWith("error: " + profile + ":4:").contains("unknown Lusha field 'Emial 1'");
    }

    @Test
    void aMissingFileIsAUsageError() {
        int code = run(Describes::source, "validate", dir.resolve("none.yml").toString());

        assertThat(code).isEqualTo(RevealSyncCommand.USAGE);
        assertThat(err.toString()).contains("none.yml: no such file");
    }

    @Test
    void withoutAnOrgItSaysSo() {
        int code = run(() -> null, "validate", "jobs/mapping/default.yml");

        assertThat(code).isEqualTo(RevealSyncCommand.USAGE);
        assertThat(err.toString()).startsWith("error: no Salesforce org to validate against");
    }

    @Test
    void anOrgWithoutLeadIsReported() {
        Map<RecordType, SObjectDescribe> noLead = Describes.standard();
        noLead.remove(RecordType.Lead);

        int code = run(() -> Describes.source(noLead), "validate", "jobs/mapping/default.yml");

        assertThat(code).isEqualTo(RevealSyncCommand.USAGE);
        assertThat(err.toString()).contains("Lead: cannot describe Lead: INVALID_TYPE: sObject type 'Lead' is not supported.");
    }

    private int run(Supplier<DescribeSource> describes, String... args) {
        CommandLine cli = RevealSyncCommand.configure(new CommandLine(MappingCommand.class, new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                if (type == MappingValidateCommand.class) {
                    return type.cast(new MappingValidateCommand(describes));
                }
                return CommandLine.defaultFactory().create(type);
            }
        }));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }
}
