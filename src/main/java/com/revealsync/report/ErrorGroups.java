package com.revealsync.report;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The page's figures on SKIPPED and FAILED rows (by code, by user, the users who must reconnect,
 * the top problems, the first rows for the table), gathered from the report's one pass over the
 * rows in run, file and line order ({@link OutcomeCursor#forEachErrorOrWarning}). Each was a GROUP
 * BY query of its own before, and each of those read every row of the runs (there is no index on
 * the outcome: {@code db/schema/10-runs.sql} says why). Memory grows with the distinct codes,
 * fields and users, not with the rows.
 *
 * <p>The SQL's meaning is kept: users are counted distinct and without the rows that name none
 * (COUNT(DISTINCT)); a problem's example is its smallest message; ties are broken by code, fields
 * or user, missing values first (as H2 sorted them; now on PostgreSQL too).
 */
final class ErrorGroups {

    private static final Comparator<String> NULLS_FIRST = Comparator.nullsFirst(Comparator.naturalOrder());

    private final int tableRows;
    private final Map<List<String>, Group> byProblem = new HashMap<>();
    private final Map<List<String>, Group> byCode = new HashMap<>();
    private final Map<String, long[]> byUser = new HashMap<>();
    private final Map<List<String>, Group> reconnect = new HashMap<>();
    private final List<OutcomeRow> failedRows = new ArrayList<>();
    private final List<OutcomeRow> skippedRows = new ArrayList<>();

    /** {@code tableRows}: how many rows the page's table shows (FAILED first, then SKIPPED). */
    ErrorGroups(int tableRows) {
        this.tableRows = tableRows;
    }

    /** A group of rows: how many, their distinct users, the smallest message and the latest record time. */
    private static final class Group {
        long rows;
        final Set<String> users = new HashSet<>();
        String minMessage;
        LocalDateTime lastSeen;

        void add(OutcomeRow row, LocalDateTime recordedAt) {
            rows++;
            if (row.revealedBy() != null) {
                users.add(row.revealedBy());
            }
            if (row.message() != null && (minMessage == null || row.message().compareTo(minMessage) < 0)) {
                minMessage = row.message();
            }
            if (recordedAt != null && (lastSeen == null || recordedAt.isAfter(lastSeen))) {
                lastSeen = recordedAt;
            }
        }
    }

    /** Adds a SKIPPED or FAILED row (its source and warnings are not kept). */
    void add(OutcomeRow row, LocalDateTime recordedAt) {
        byProblem.computeIfAbsent(key(row.outcome(), row.code(), row.fields()), k -> new Group()).add(row, recordedAt);
        byCode.computeIfAbsent(key(row.outcome(), row.code()), k -> new Group()).add(row, recordedAt);
        long[] counts = byUser.computeIfAbsent(Objects.requireNonNullElse(row.revealedBy(), ""), k -> new long[2]);
        counts["FAILED".equals(row.outcome()) ? 1 : 0]++;
        if (KnownCodes.CONNECTION.contains(row.code())) {
            reconnect.computeIfAbsent(key(row.revealedBy(), row.code()), k -> new Group()).add(row, recordedAt);
        }
        List<OutcomeRow> table = "FAILED".equals(row.outcome()) ? failedRows : skippedRows;
        if (table.size() < tableRows) {
            table.add(new OutcomeRow(row.runId(), row.sourceFile(), row.lineNo(), row.lushaId(), row.revealedBy(),
                    row.recordType(), row.outcome(), row.salesforceId(), row.code(), row.message(), row.fields(),
                    null, null));
        }
    }

    /** Per outcome and code, most rows first. */
    List<ReportData.CodeCount> byCode() {
        return byCode.entrySet().stream()
                .sorted(mostRowsFirst(1, 0))
                .map(e -> new ReportData.CodeCount(e.getKey().get(0), e.getKey().get(1), e.getValue().rows,
                        e.getValue().users.size()))
                .toList();
    }

    /** Per Lusha user ("" for rows that name none), most rows first. */
    List<ReportData.UserCount> byUser() {
        return byUser.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, long[]>>comparingLong(e -> -(e.getValue()[0] + e.getValue()[1]))
                        .thenComparing(Map.Entry::getKey))
                .map(e -> new ReportData.UserCount(e.getKey(), e.getValue()[0], e.getValue()[1]))
                .toList();
    }

    /** Per user and connection code, most rows first. */
    List<ReportData.ReconnectUser> reconnect() {
        return reconnect.entrySet().stream()
                .sorted(mostRowsFirst(0, 1))
                .map(e -> new ReportData.ReconnectUser(e.getKey().get(0), e.getKey().get(1), e.getValue().rows,
                        e.getValue().lastSeen))
                .toList();
    }

    /** The {@code limit} biggest groups of one outcome, code and fields. */
    List<ReportData.Problem> problems(int limit) {
        return byProblem.entrySet().stream()
                .sorted(mostRowsFirst(1, 2, 0))
                .limit(limit)
                .map(e -> {
                    Group g = e.getValue();
                    String onlyUser = g.users.size() == 1 ? g.users.iterator().next() : null;
                    return new ReportData.Problem(e.getKey().get(0), e.getKey().get(1), e.getKey().get(2), g.rows,
                            g.users.size(), g.minMessage, onlyUser);
                })
                .toList();
    }

    /** The first rows for the page's table: FAILED first, each in run, file and line order. */
    List<OutcomeRow> errorRows() {
        List<OutcomeRow> rows = new ArrayList<>(failedRows);
        skippedRows.stream().limit(Math.max(0, tableRows - rows.size())).forEach(rows::add);
        return rows;
    }

    private static List<String> key(String... parts) {
        return Arrays.asList(parts);
    }

    /** Most rows first, then by the key's parts in the order given, missing values first. */
    private static Comparator<Map.Entry<List<String>, Group>> mostRowsFirst(int... parts) {
        Comparator<Map.Entry<List<String>, Group>> order = Comparator.comparingLong(e -> -e.getValue().rows);
        for (int part : parts) {
            order = order.thenComparing(e -> e.getKey().get(part), NULLS_FIRST);
        }
        return order;
    }
}
