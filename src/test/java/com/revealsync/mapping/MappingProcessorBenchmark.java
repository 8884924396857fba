package com.revealsync.mapping;

import static com.revealsync.lusha.RecordType.Account;
import static com.revealsync.lusha.RecordType.Contact;
import static com.revealsync.lusha.RecordType.Lead;
import static com.revealsync.mapping.testing.Rows.record;
import static org.assertj.core.api.Assertions.assertThat;

import com.revealsync.lusha.RecordType;
import com.revealsync.lusha.RevealedContact;
import com.revealsync.mapping.match.MatchCandidates;
import com.revealsync.mapping.match.MatchIndex;
import com.revealsync.mapping.testing.Rows;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The processor alone, on one thread: 100,000 revealed contacts (new Leads, new Contacts of new and
 * existing companies, updates of existing Leads and Contacts, a few bad values), their candidates
 * looked up beforehand as the pipeline does per chunk. Run on demand:
 * {@code mvn test -Dgroups=benchmark -Dsurefire.excludedGroups= -Dtest=MappingProcessorBenchmark}.
 */
@Tag("benchmark")
class MappingProcessorBenchmark {

    private static final int RECORDS = 100_000;
    private static final int ROUNDS = 8;

    @Test
    void recordsPerSecondOnOneCore() {
        MappingProcessor processor = Processors.routingExample();
        List<RevealedContact> rows = new ArrayList<>(RECORDS);
        List<MatchCandidates> found = new ArrayList<>(RECORDS);
        List<RecordType> routes = new ArrayList<>(RECORDS);
        build(rows, found, routes);

        // CPU time of this thread, not wall time: the figure is per core even on a busy machine.
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long bestCpu = Long.MAX_VALUE;
        long bestWall = Long.MAX_VALUE;
        Map<ExportPlan.Outcome, Integer> outcomes = new EnumMap<>(ExportPlan.Outcome.class);
        for (int round = 0; round < ROUNDS; round++) {
            outcomes.clear();
            long cpu = threads.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            for (int i = 0; i < RECORDS; i++) {
                ExportPlan plan = processor.plan(rows.get(i), routes.get(i), found.get(i));
                outcomes.merge(plan.outcome(), 1, Integer::sum);
            }
            bestWall = Math.min(bestWall, System.nanoTime() - wall);
            bestCpu = Math.min(bestCpu, threads.getCurrentThreadCpuTime() - cpu);
        }
        double perSecond = RECORDS / (bestCpu / 1e9);
        System.out.printf("mapping processor: %,.0f records per CPU-second on one thread (wall: %,.0f/s; best of %d rounds"
                + " of %,d; outcomes %s)%n", perSecond, RECORDS / (bestWall / 1e9), ROUNDS, RECORDS, outcomes);
        assertThat(outcomes.keySet()).contains(ExportPlan.Outcome.CREATED, ExportPlan.Outcome.UPDATED, ExportPlan.Outcome.SKIPPED);
        assertThat(perSecond).isGreaterThan(200_000);
    }

    private static void build(List<RevealedContact> rows, List<MatchCandidates> found, List<RecordType> routes) {
        for (int i = 0; i < RECORDS; i++) {
            String n = Integer.toString(i);
            int company = i / 4;
            RevealedContact row = Rows.jane("lusha_id", "lusha-" + n, "email_1", "person" + n + "@company" + company + ".com",
                    "first_name", "First" + n, "last_name", "Last" + n, "company_id", "c-" + company,
                    "company_name", "Company " + company, "company_website", "https://www.company" + company + ".com",
                    "contact_linkedin_url", "https://www.linkedin.com/in/person" + n, "contact_country", "Israel",
                    "contact_city", "Tel Aviv", "company_industry", "Technology",
                    "company_annual_revenue", i % 50 == 0 ? "1M-10M" : "25,000,000",
                    "phone_1_type", i % 3 == 0 ? "mobile" : "direct", "job_title", i % 500 == 0 ? "x".repeat(200) : "VP Sales");
            MatchIndex index = new MatchIndex();
            switch (i % 5) {
                case 0, 1 -> routes.add(Lead);
                case 2 -> {
                    routes.add(Lead);
                    index.add(record(Lead, "00Q" + n, "Email", "person" + n + "@company" + company + ".com",
                            "LastName", "Last" + n, "Company", "Company " + company, "Status", "Open - Not Contacted"));
                }
                case 3 -> {
                    routes.add(Contact);
                    index.add(record(Account, "001" + company, "Name", "Company " + company,
                            "Website", "company" + company + ".com", "Lusha_Company_Id__c", "c-" + company));
                }
                default -> {
                    routes.add(Contact);
                    index.add(record(Contact, "003" + n, "Email", "person" + n + "@company" + company + ".com",
                            "LastName", "Last" + n, "AccountId", "001" + company, "Lusha_Id__c", "lusha-" + n));
                }
            }
            rows.add(row);
            found.add(index.candidates(row));
        }
    }
}
