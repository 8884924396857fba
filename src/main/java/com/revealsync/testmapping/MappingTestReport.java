package com.revealsync.testmapping;

import com.revealsync.salesforce.SalesforceError;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Test Mapping's answer: per record type PASSED, NOT TESTED or the error, and any dummy record that
 * could not be deleted (the test then fails too: it must leave nothing behind).
 */
public record MappingTestReport(List<TypeResult> results, List<String> leftBehind) {

    public MappingTestReport {
        results = List.copyOf(results);
        leftBehind = List.copyOf(leftBehind);
    }

    public boolean passed() {
        return leftBehind.isEmpty() && results.stream().noneMatch(r -> r.status() == TypeResult.Status.FAILED);
    }

    /** "Lead PASSED, Contact PASSED, Account NOT_TESTED": for the activation record. */
    public String summaryLine() {
        return results.stream().map(r -> r.type() + " " + r.status()).collect(Collectors.joining(", "));
    }

    /** The console text: one line per record type, its errors and notes indented below. */
    public String toText() {
        StringBuilder sb = new StringBuilder();
        for (TypeResult r : results) {
            sb.append(String.format("  %-8s %s", r.type(), r.status() == TypeResult.Status.NOT_TESTED ? "NOT TESTED" : r.status()));
            if (r.status() == TypeResult.Status.PASSED) {
                sb.append("  (dummy ").append(r.id()).append(" created and deleted)");
            }
            sb.append(System.lineSeparator());
            for (SalesforceError e : r.errors()) {
                sb.append("           ").append(r.ownCheck() ? "reveal-sync's check, nothing sent: " : "Salesforce: ")
                        .append(e.statusCode()).append(": ").append(e.message());
                if (!e.fields().isEmpty()) {
                    sb.append(" (fields: ").append(String.join(", ", e.fields())).append(')');
                }
                sb.append(System.lineSeparator());
            }
            r.notes().forEach(n -> sb.append("           note: ").append(n).append(System.lineSeparator()));
        }
        leftBehind.forEach(l -> sb.append("  LEFT BEHIND: ").append(l).append(System.lineSeparator()));
        sb.append(passed() ? "Test Mapping PASSED: no dummy record was left in the org."
                : "Test Mapping FAILED: fix the profile (or the org) and run it again.");
        return sb.toString();
    }
}
