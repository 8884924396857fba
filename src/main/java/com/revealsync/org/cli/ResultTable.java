package com.revealsync.org.cli;

import com.revealsync.org.data.QueryRecord;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Query rows as an aligned text table: one column per field (parents flattened as
 * {@code Account.Name}), nulls empty, line breaks shown as {@code \n} so rows stay on one line.
 */
final class ResultTable {

    private final List<String> columns;
    private final List<List<String>> rows;

    private ResultTable(List<String> columns, List<List<String>> rows) {
        this.columns = columns;
        this.rows = rows;
    }

    static ResultTable of(List<QueryRecord> records) {
        List<Map<String, String>> flat = records.stream().map(r -> flatten(r, "")).toList();
        Set<String> columns = new LinkedHashSet<>();
        flat.forEach(m -> columns.addAll(m.keySet()));
        // a parent that is null on some rows is a column of its own there: drop it where its fields are columns
        columns.removeIf(c -> columns.stream().anyMatch(other -> other.startsWith(c + ".")));
        List<List<String>> rows = new ArrayList<>();
        for (Map<String, String> row : flat) {
            rows.add(columns.stream().map(c -> row.getOrDefault(c, "")).toList());
        }
        return new ResultTable(List.copyOf(columns), rows);
    }

    private static Map<String, String> flatten(QueryRecord record, String prefix) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, Object> field : record.fields().entrySet()) {
            String name = prefix + field.getKey();
            if (field.getValue() instanceof QueryRecord parent) {
                out.putAll(flatten(parent, name + "."));
            } else {
                out.put(name, field.getValue() == null ? "" : oneLine(field.getValue().toString()));
            }
        }
        return out;
    }

    private static String oneLine(String text) {
        return text.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t");
    }

    String render() {
        int[] widths = new int[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            widths[i] = width(columns.get(i));
            for (List<String> row : rows) {
                widths[i] = Math.max(widths[i], width(row.get(i)));
            }
        }
        StringBuilder out = new StringBuilder();
        line(out, columns, widths);
        List<String> rules = new ArrayList<>();
        for (int w : widths) {
            rules.add("-".repeat(w));
        }
        line(out, rules, widths);
        rows.forEach(row -> line(out, row, widths));
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            line.append(cell);
            if (i < cells.size() - 1) {
                line.append(" ".repeat(widths[i] - width(cell) + 2));
            }
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }

    private static int width(String text) {
        return text.codePointCount(0, text.length());
    }
}
