package com.revealsync.backfill;

import static org.assertj.core.api.Assertions.assertThat;

import com.revealsync.lusha.RowRef;
import com.revealsync.org.data.RecordInput;
import com.revealsync.run.Outcome;
import com.revealsync.run.OutcomeStore;
import com.revealsync.run.RowOutcome;
import com.revealsync.testing.CliRunner;
import com.revealsync.testing.EmbeddedOrgTestSupport;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * On demand ({@code mvn test -Dgroups=benchmark -Dtest=BackfillBenchmark -Dbackfill.records=100000}):
 * a backfill of LinkedIn URL, country and city on N Leads the org holds and the app database has
 * stored rows for, through SOAP against the embedded org. Prints records per second.
 */
@Tag("benchmark")
@SpringBootTest
class BackfillBenchmark {

    static final int RECORDS = Integer.getInteger("backfill.records", 20_000);
    @RegisterExtension
    static final EmbeddedOrgTestSupport ORG = new EmbeddedOrgTestSupport();

    @DynamicPropertySource
    static void org(DynamicPropertyRegistry registry) {
        ORG.register(registry);
    }

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OutcomeStore outcomes;

    @Test
    void backfillThroughput() {
        jdbc.update("INSERT INTO sync_run (run_id, job_name, status, started_at) VALUES (999999, 'nightlySync', 'COMPLETED', ?)",
                Timestamp.from(Instant.now()));
        for (int from = 0; from < RECORDS; from += 200) {
            List<RecordInput> leads = new ArrayList<>();
            for (int i = from; i < Math.min(RECORDS, from + 200); i++) {
                leads.add(new RecordInput("Lead", null, Map.of("LastName", "Bench" + i, "Company", "Bench Works",
                        "Email", "b" + i + "@bench.example", "Lusha_Id__c", "BENCH-" + i), Set.of()));
            }
            List<RowOutcome> rows = new ArrayList<>();
            var results = ORG.data().create(leads);
            for (int i = 0; i < results.size(); i++) {
                int n = from + i;
                Map<String, String> columns = new LinkedHashMap<>();
                columns.put("lusha_id", "BENCH-" + n);
                columns.put("email_1", "b" + n + "@bench.example");
                columns.put("contact_linkedin_url", "https://www.linkedin.com/in/bench-" + n);
                columns.put("contact_country", "Chile");
                columns.put("contact_city", "Santiago");
                rows.add(new RowOutcome(new RowRef("bench.csv", n + 2L), "BENCH-" + n, "dana@acme-sales.example", "Lead",
                        Outcome.CREATED, results.get(i).id(), null, null, null, List.of(), List.of(), columns));
            }
            outcomes.saveAll(999999, rows);
        }
        long started = System.nanoTime();

        CliRunner.Result result = new CliRunner(context).run("backfill", "--fields", "linkedin_url,country,city", "--object", "Lead");

        double seconds = (System.nanoTime() - started) / 1e9;
        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(ORG.query("SELECT Id FROM Lead WHERE City = 'Santiago'")).hasSize(RECORDS);
        System.out.printf("BENCHMARK backfill: %,d Leads filled in %.1f s: %,.0f records/s%n", RECORDS, seconds, RECORDS / seconds);
    }
}
