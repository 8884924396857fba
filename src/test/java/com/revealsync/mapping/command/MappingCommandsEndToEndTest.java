package com.revealsync.mapping.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.revealsync.testing.CliRunner;
import com.revealsync.testing.EmbeddedOrgTestSupport;
import java.nio.file.Files;
import java.nio.file.Path;
import com.revealsync.org.data.RecordInput;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@code mapping validate} and {@code accounts suggest} against the embedded org, through the real WSC client. */
@SpringBootTest
class MappingCommandsEndToEndTest {

    @RegisterExtension
    static final EmbeddedOrgTestSupport ORG = new EmbeddedOrgTestSupport();

    @DynamicPropertySource
    static void org(DynamicPropertyRegistry registry) {
        ORG.register(registry);
    }

    @Autowired
    ApplicationContext context;

    @Test
    void theShippedProfilesFitTheEmbeddedOrg() {
        for (String profile : List.of("jobs/mapping/default.yml", "jobs/mapping/routing-example.yml")) {
            CliRunner.Result result = new CliRunner(context).run("mapping", "validate", profile);

            assertThat(result.exitCode()).as(result.output()).isZero();
            assertThat(result.output()).contains(Path.of(profile) + " fits ");
        }
    }

    @Test
    void aTextFieldOnNumberOfEmployeesAndAnUnknownFieldAreRefused() throws Exception {
        Path bad = ORG.dataDir().resolve("bad.yml");
        Files.writeString(bad, Files.readString(Path.of("jobs/mapping/default.yml"))
                .replace("lusha: Number of Employees", "lusha: Industry")
                .replace("salesforce: Title", "salesforce: Job_Title__c"));

        CliRunner.Result result = new CliRunner(context).run("mapping", "validate", bad.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.output())
                .contains("Account: Industry -> NumberOfEmployees: type mismatch")
                .contains("Lead: Job title -> Job_Title__c: no such field on Lead")
                .contains("Contact: Job title -> Job_Title__c: no such field on Contact")
                .doesNotContain("\tat ");
    }

    @Test
    void suggestsExistingAccounts() {
        ORG.data().create(List.of(account("Initech Systems", "initech.example"),
                account("Initech", "https://www.initech.example"), account("Globex", "globex.example")));

        CliRunner.Result result = new CliRunner(context).run("accounts", "suggest", "Initech", "Inc");

        assertThat(result.exitCode()).as(result.output()).isZero();
        List<String> lines = result.output().lines().filter(l -> l.matches("^\\s*\\d+\\. .*")).toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).contains("Initech ", "same name but for its legal form");
        assertThat(lines.get(1)).contains("Initech Systems", "website domain");
    }

    private static RecordInput account(String name, String website) {
        return new RecordInput("Account", null, Map.of("Name", name, "Website", website), null);
    }
}
