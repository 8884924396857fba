package com.revealsync.backfill;

import static org.assertj.core.api.Assertions.assertThat;

import com.revealsync.org.server.Exchange;
import com.revealsync.org.server.ExchangeHook;
import com.revealsync.testing.CliRunner;
import com.revealsync.testing.EmbeddedOrgTestSupport;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A backfill that fails half-way (the org stops answering) and is run again with the same command:
 * the same run resumes after its last committed chunk, and every record ends with exactly one
 * outcome and its field filled once.
 */
@SpringBootTest(properties = {"reveal-sync.backfill.chunk-size=2", "reveal-sync.backfill.page-size=3"})
class BackfillRestartTest {

    static final int LEADS = 9;
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

    CliRunner.Result run(String... args) {
        return new CliRunner(context).run(args);
    }

    long filled() {
        return ORG.query("SELECT Id FROM Lead WHERE LinkedIn_URL__c != null").size();
    }

    @Test
    void aBackfillStoppedHalfWayResumesAfterItsLastCommittedChunk() {
        List<String> lines = new ArrayList<>(List.of("lusha_id,revealed_by,export_as,last_name,email_1,company_name,contact_linkedin_url"));
        for (int i = 0; i < LEADS; i++) {
            lines.add("R-" + i + ",dana@acme-sales.example,Lead,Restart" + i + ",r" + i + "@restart.example,Restart Works,"
                    + "https://www.linkedin.com/in/restart-" + i);
        }
        assertThat(run("sync", "--input", ORG.csv("restart.csv", lines.toArray(String[]::new)).toString()).exitCode()).isZero();
        AtomicInteger soapCalls = new AtomicInteger();
        // the describe, the first page, the first chunk's update and the second page go; then the org is gone
        ORG.org().setExchangeHook(new ExchangeHook() {
            @Override
            public boolean beforeHandle(Exchange exchange) throws IOException {
                if (exchange.path().startsWith("/services/Soap") && soapCalls.incrementAndGet() > 4) {
                    exchange.send(503, "text/plain", "Service Unavailable");
                    return true;
                }
                return false;
            }
        });

        CliRunner.Result failed = run("backfill", "--fields", "linkedin_url", "--object", "Lead");

        assertThat(failed.exitCode()).as(failed.output()).isEqualTo(1);
        assertThat(failed.output()).contains("run the same command again to resume");
        long afterFailure = filled();
        assertThat(afterFailure).isBetween(1L, LEADS - 1L);
        long run = jdbc.queryForObject("SELECT MAX(run_id) FROM sync_run", Long.class);
        ORG.org().setExchangeHook(ExchangeHook.NONE);

        CliRunner.Result resumed = run("backfill", "--fields", "linkedin_url", "--object", "Lead");

        assertThat(resumed.exitCode()).as(resumed.output()).isZero();
        assertThat(jdbc.queryForObject("SELECT MAX(run_id) FROM sync_run", Long.class)).as("the same run, resumed").isEqualTo(run);
        assertThat(filled()).isEqualTo(LEADS);
        assertThat(jdbc.queryForList("SELECT salesforce_id FROM row_outcome WHERE run_id = ? AND outcome = 'UPDATED'",
                String.class, run)).hasSize(LEADS).doesNotHaveDuplicates();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM row_outcome WHERE run_id = ?", Long.class, run)).isEqualTo(LEADS);
    }
}
