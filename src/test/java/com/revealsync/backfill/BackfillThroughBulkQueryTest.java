package com.revealsync.backfill;

import static org.assertj.core.api.Assertions.assertThat;

import com.revealsync.testing.CliRunner;
import com.revealsync.testing.EmbeddedOrgTestSupport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The backfill on an org with many records lacking fields reads them with Bulk API query jobs
 * (here: past a threshold of 1, in jobs of 3 records, so that paging by Id across jobs is used),
 * and fills every one of them.
 */
@SpringBootTest
class BackfillThroughBulkQueryTest {

    static final int LEADS = 8;
    @RegisterExtension
    static final EmbeddedOrgTestSupport ORG = new EmbeddedOrgTestSupport();

    @DynamicPropertySource
    static void org(DynamicPropertyRegistry registry) {
        ORG.register(registry);
        registry.add("reveal-sync.backfill.bulk-threshold", () -> "1");
        registry.add("reveal-sync.backfill.bulk-page-size", () -> "3");
    }

    @Autowired
    ApplicationContext context;

    @Test
    void manyRecordsLackingFieldsAreReadWithBulkQueriesAndAllFilled() throws Exception {
        List<String> lines = new ArrayList<>();
        lines.add("lusha_id,revealed_by,export_as,first_name,last_name,email_1,company_name,contact_linkedin_url,contact_city");
        for (int i = 0; i < LEADS; i++) {
            lines.add("BQ-" + i + ",dana@acme-sales.example,Lead,First" + i + ",Last" + i + ",p" + i + "@bulkq.example,"
                    + "Bulk Query Example,https://www.linkedin.com/in/bq-" + i + ",Haifa");
        }
        Path input = ORG.csv("bulkq.csv", lines.toArray(String[]::new));
        CliRunner cli = new CliRunner(context);
        assertThat(cli.run("sync", "--input", input.toString(), "--api", "soap").exitCode()).isZero();
        Path summary = ORG.dataDir().resolve("backfill-summary.json");

        CliRunner.Result result = cli.run("backfill", "--fields", "linkedin_url,city", "--object", "Lead",
                "--summary-json", summary.toString());

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(ORG.query("SELECT LinkedIn_URL__c, City FROM Lead WHERE Email LIKE '%@bulkq.example'"))
                .hasSize(LEADS)
                .allSatisfy(r -> assertThat(r.fields().get("City")).isEqualTo("Haifa"))
                .extracting(r -> r.fields().get("LinkedIn_URL__c")).doesNotContainNull().doesNotHaveDuplicates();
        assertThat(Files.readString(summary)).as("the records were read through the Bulk API")
                .containsPattern("\"bulk\"\\s*:\\s*[1-9]");
    }
}
