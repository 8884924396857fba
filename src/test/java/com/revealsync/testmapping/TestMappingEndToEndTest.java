package com.revealsync.testmapping;

import static org.assertj.core.api.Assertions.assertThat;

import com.revealsync.testing.CliRunner;
import com.revealsync.testing.EmbeddedOrgTestSupport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Test Mapping end to end: the real command line, the real WSC client over HTTP, the embedded org.
 * Every test counts the org's records before and after: Test Mapping must leave none behind.
 */
@SpringBootTest
class TestMappingEndToEndTest {

    @RegisterExtension
    static final EmbeddedOrgTestSupport ORG = new EmbeddedOrgTestSupport();

    @DynamicPropertySource
    static void org(DynamicPropertyRegistry registry) {
        ORG.register(registry);
    }

    @Autowired
    ApplicationContext context;

    static String defaultProfile() throws Exception {
        return Files.readString(Path.of("jobs", "mapping", "default.yml"));
    }

    static Map<String, Integer> recordCounts() {
        Map<String, Integer> counts = new TreeMap<>();
        for (String object : new String[] {"Lead", "Contact", "Account"}) {
            counts.put(object, ORG.query("SELECT Id FROM " + object).size());
        }
        return counts;
    }

    /** The default profile with a predefined Lead Status. */
    static String withLeadStatus(String status) throws Exception {
        String leadSource = "      - salesforce: LeadSource\n        value: Lusha";
        return replaceOnce(defaultProfile(), leadSource, leadSource + "\n      - salesforce: Status\n        value: " + status);
    }

    static String replaceOnce(String text, String what, String with) {
        assertThat(text).contains(what);
        return text.replace(what, with);
    }

    CliRunner.Result run(String... args) {
        return new CliRunner(context).run(args);
    }

    @Test
    void theDefaultProfilePassesAndLeavesNoRecordBehind() {
        Map<String, Integer> before = recordCounts();
        ORG.data().reset();

        CliRunner.Result result = run("test-mapping", "--mapping", "jobs/mapping/default.yml");

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).containsPattern("Lead +PASSED").containsPattern("Contact +PASSED")
                .containsPattern("Account +PASSED").contains("Test Mapping PASSED");
        assertThat(ORG.data().writtenRecords()).as("3 dummies created, then 3 deleted").isEqualTo(6);
        assertThat(recordCounts()).isEqualTo(before);
    }

    @Test
    void aValueOutsideTheRestrictedLeadStatusPicklistFailsWithTheOrgsOwnError() throws Exception {
        Path profile = ORG.csv("bad-status.yml", withLeadStatus("Bogus"));
        Map<String, Integer> before = recordCounts();

        CliRunner.Result result = run("test-mapping", "--mapping", profile.toString());

        assertThat(result.exitCode()).as(result.output()).isEqualTo(3);
        assertThat(result.output()).containsPattern("Lead +FAILED")
                .contains("Salesforce: INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST: Status: bad value for restricted picklist field: Bogus (fields: Status)")
                .containsPattern("Contact +PASSED").containsPattern("Account +PASSED").contains("Test Mapping FAILED");
        assertThat(recordCounts()).isEqualTo(before);
    }

    @Test
    void aContactTheOrgRefusesLeavesNeitherItNorItsAccountBehind() throws Exception {
        String contactDepartment = "        salesforce: Department\n        allowOverride: false\n    predefined: []";
        Path profile = ORG.csv("long-city.yml", replaceOnce(defaultProfile(), contactDepartment,
                contactDepartment.replace("predefined: []", "predefined:\n      - salesforce: MailingCity\n        value: "
                        + "C".repeat(41))));
        Map<String, Integer> before = recordCounts();

        CliRunner.Result result = run("test-mapping", "--mapping", profile.toString());

        assertThat(result.exitCode()).as(result.output()).isEqualTo(3);
        assertThat(result.output()).containsPattern("Contact +FAILED").contains("Salesforce: STRING_TOO_LONG: Mailing City: data value too large")
                .containsPattern("Account +PASSED").containsPattern("Lead +PASSED");
        assertThat(recordCounts()).isEqualTo(before);
    }

    @Test
    void withAccountCreationOffTheContactGoesToAPlainDummyAccountAndBothAreDeleted() throws Exception {
        Path profile = ORG.csv("no-account-creation.yml", replaceOnce(defaultProfile(), "accountCreation: true",
                "accountCreation: false"));
        Map<String, Integer> before = recordCounts();

        CliRunner.Result result = run("test-mapping", "--mapping", profile.toString());

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).containsPattern("Contact +PASSED").containsPattern("Account +PASSED")
                .contains("Account creation is off: the Contact was attached to a plain dummy Account");
        assertThat(recordCounts()).isEqualTo(before);
    }

    @Test
    void aProfileThatDoesNotFitTheOrgIsRefusedWithExit2AndNothingIsCreated() throws Exception {
        Path profile = ORG.csv("mismatch.yml", defaultProfile().replace("salesforce: Title", "salesforce: NumberOfEmployees"));
        ORG.data().reset();

        CliRunner.Result result = run("test-mapping", "--mapping", profile.toString());

        assertThat(result.exitCode()).as(result.output()).isEqualTo(2);
        assertThat(result.output()).contains("NumberOfEmployees").contains("no dummy record was created");
        assertThat(ORG.data().writeCalls()).isZero();
    }
}
