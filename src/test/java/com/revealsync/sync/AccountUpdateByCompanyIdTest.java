package com.revealsync.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.revealsync.testing.CliRunner;
import com.revealsync.testing.EmbeddedOrgTestSupport;
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
import tools.jackson.databind.json.JsonMapper;

/**
 * An Account a later chunk completes (a field its first contact left empty) is updated by its Lusha
 * company id, a unique external id in the org, in the same upsert as the chunk's new Accounts: no
 * update call of its own. The org ends with one Account holding both rows' values.
 */
@SpringBootTest
class AccountUpdateByCompanyIdTest {

    @RegisterExtension
    static final EmbeddedOrgTestSupport ORG = new EmbeddedOrgTestSupport();

    @DynamicPropertySource
    static void org(DynamicPropertyRegistry registry) {
        ORG.register(registry);
        registry.add("reveal-sync.sync.chunk-size", () -> "1");
    }

    @Autowired
    ApplicationContext context;

    @Test
    void aLaterChunksChangeToAnAccountGoesInTheUpsertOfNewAccountsByItsCompanyId() {
        Path file = ORG.csv("account-update.csv",
                "lusha_id,revealed_by,export_as,first_name,last_name,email_1,company_id,company_name,company_website,"
                        + "company_number_of_employees",
                "upd-1,dana@acme-sales.example,Contact,Ann,One,ann@willow-upd.example,upd-C1,Willow Security,"
                        + "https://willow-upd.example,",
                "upd-2,dana@acme-sales.example,Contact,Bob,Two,bob@willow-upd.example,upd-C1,Willow Security,"
                        + "https://willow-upd.example,40",
                "upd-3,dana@acme-sales.example,Contact,Cy,Three,cy@birch-upd.example,upd-C2,Birch Labs,"
                        + "https://birch-upd.example,12");
        Path summary = ORG.dataDir().resolve("account-update-summary.json");

        CliRunner.Result result = new CliRunner(context).run("sync", "--input", file.toString(), "--api", "soap",
                "--summary-json", summary.toString());

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(ORG.query("SELECT Id, NumberOfEmployees FROM Account WHERE Lusha_Company_Id__c = 'upd-C1'"))
                .singleElement().satisfies(a -> assertThat(a.fields().get("NumberOfEmployees")).isEqualTo("40"));
        assertThat(ORG.query("SELECT AccountId FROM Contact WHERE Email LIKE '%@willow-upd.example'"))
                .hasSize(2).extracting(r -> r.fields().get("AccountId"))
                .containsOnly(ORG.query("SELECT Id FROM Account WHERE Lusha_Company_Id__c = 'upd-C1'").get(0).fields().get("Id"));
        Map<String, Long> calls = callsByOperation(summary);
        assertThat(calls).as("the Account's change went in an upsert").doesNotContainKey("soap update");
        assertThat(calls.get("soap upsert")).as("an Account upsert and a Contact upsert per chunk").isEqualTo(6);
    }

    private static Map<String, Long> callsByOperation(Path summary) {
        Map<String, Long> byOperation = new TreeMap<>();
        JsonMapper.builder().build().readTree(summary.toFile()).get("apiCallsByOperation").properties()
                .forEach(e -> byOperation.put(e.getKey(), e.getValue().asLong()));
        return byOperation;
    }
}
