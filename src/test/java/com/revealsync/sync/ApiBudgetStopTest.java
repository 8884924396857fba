package com.revealsync.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.revealsync.testing.CliRunner;
import com.revealsync.testing.EmbeddedOrgTestSupport;
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
 * The API budget guard: once the org reports usage past the configured share of its daily limit,
 * the run stops cleanly before the next chunk (exit 1, nothing half-sent), and the same command
 * resumes it when the allowance is back, ending with every row exported exactly once.
 */
@SpringBootTest
class ApiBudgetStopTest {

    static final int ROWS = 300;
    @RegisterExtension
    static final EmbeddedOrgTestSupport ORG = new EmbeddedOrgTestSupport();

    @DynamicPropertySource
    static void org(DynamicPropertyRegistry registry) {
        ORG.register(registry);
        registry.add("reveal-sync.sync.chunk-size", () -> "50");
        registry.add("reveal-sync.salesforce.api.budget-share", () -> "0.9");
    }

    @Autowired
    ApplicationContext context;

    @Test
    void aRunStopsAtItsApiBudgetAndTheSameCommandResumesIt() {
        List<String> lines = new ArrayList<>();
        lines.add("lusha_id,revealed_by,export_as,first_name,last_name,email_1,company_name");
        for (int i = 0; i < ROWS; i++) {
            lines.add("B-" + i + ",dana@acme-sales.example,Lead,First" + i + ",Last" + i + ",p" + i + "@budget.example,Budget Example");
        }
        Path file = ORG.csv("budget.csv", lines.toArray(String[]::new));
        long used = ORG.org().apiUsage().used();
        // 90% of 23 is reached before the sixth chunk: one describe call, then 4 calls a chunk (3 lookups, 1 upsert)
        ORG.org().faults().set("api-limit=" + (used + 23));

        CliRunner.Result stopped = new CliRunner(context).run("sync", "--input", file.toString(), "--api", "soap");

        assertThat(stopped.exitCode()).as(stopped.output()).isEqualTo(1);
        assertThat(stopped.output()).contains("API").contains("run the same command again");
        long afterStop = ORG.data().recordCounts().getOrDefault("Lead", 0L);
        assertThat(afterStop).isBetween(1L, (long) ROWS - 1).matches(n -> n % 50 == 0, "whole chunks only");

        ORG.org().faults().clear();
        CliRunner.Result resumed = new CliRunner(context).run("sync", "--input", file.toString(), "--api", "soap");

        assertThat(resumed.exitCode()).as(resumed.output()).isZero();
        assertThat(ORG.query("SELECT Lusha_Id__c FROM Lead WHERE Email LIKE '%@budget.example'"))
                .extracting(r -> r.fields().get("Lusha_Id__c")).doesNotHaveDuplicates().hasSize(ROWS);
    }
}
