package com.revealsync.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.revealsync.testing.CliRunner;
import com.revealsync.testing.EmbeddedOrgTestSupport;
import com.revealsync.testing.PeopleBatch;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The sync against a misbehaving org, through both APIs: sessions ending every few dozen calls,
 * {@code UNABLE_TO_LOCK_ROW} on a share of records, HTTP 503 and connections reset mid-response.
 * Nothing is lost and nothing is duplicated: every row's Lead or Contact exists exactly once.
 */
@SpringBootTest
class SyncUnderFaultsTest {

    static final int PEOPLE = 500;
    @RegisterExtension
    static final EmbeddedOrgTestSupport ORG = new EmbeddedOrgTestSupport();

    @DynamicPropertySource
    static void org(DynamicPropertyRegistry registry) {
        ORG.register(registry);
        registry.add("reveal-sync.sync.chunk-size", () -> "100");
        registry.add("reveal-sync.sync.bulk-chunk-size", () -> "250");
        registry.add("reveal-sync.sync.bulk-small-write", () -> "0"); // every write of the bulk case through Bulk jobs
    }

    @AfterEach
    void calm() {
        ORG.org().faults().clear();
    }

    @Autowired
    ApplicationContext context;

    @ParameterizedTest
    @ValueSource(strings = {"soap", "bulk"})
    void everyRowArrivesExactlyOnceThroughSessionExpiryLocksAnd503s(String api) {
        String tag = api + "-faults";
        Path file = ORG.csv(tag + ".csv", PeopleBatch.halfLeadsHalfContacts(tag, PEOPLE, 20));
        ORG.org().faults().set("seed=11,expire-after=25,lock=0.05,http503=0.05,reset=0.02");

        CliRunner.Result result = new CliRunner(context).run("sync", "--input", file.toString(), "--api", api);

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(ORG.org().faults().injected().values().stream().mapToLong(Long::longValue).sum())
                .as("faults were injected").isPositive();
        ORG.org().faults().clear();
        assertThat(ORG.query("SELECT Lusha_Id__c FROM Lead WHERE Email LIKE '%@" + tag + ".example'"))
                .extracting(r -> r.fields().get("Lusha_Id__c")).doesNotHaveDuplicates().hasSize(PEOPLE / 2);
        assertThat(ORG.query("SELECT Lusha_Id__c, AccountId FROM Contact WHERE Email LIKE '%@" + tag + ".example'"))
                .hasSize(PEOPLE / 2)
                .allSatisfy(r -> assertThat(r.fields().get("AccountId")).isNotNull())
                .extracting(r -> r.fields().get("Lusha_Id__c")).doesNotHaveDuplicates();
        assertThat(ORG.query("SELECT Id FROM Account WHERE Name LIKE '" + tag + " company %'")).hasSize(10); // the Contacts are the odd rows: companies 1, 3, ... 19
    }
}
