package com.revealsync.org.stats;

import java.util.Map;

/** Renders {@link OrgStats} as the aligned text {@code org stats} prints. */
final class StatsReport {

    private StatsReport() {
    }

    static String render(OrgStats stats, String source) {
        StringBuilder out = new StringBuilder();
        out.append("Embedded test org (not Salesforce): ").append(source).append('\n');
        out.append("Records\n");
        table(out, stats.records());
        out.append("API calls, last 24 hours as of ").append(stats.asOf()).append(": ")
                .append(stats.apiUsed()).append(" of ").append(stats.apiLimit()).append(" daily requests used\n");
        Map<String, Long> calls = new java.util.LinkedHashMap<>();
        for (String kind : new String[] {"SOAP", "Bulk v1", "Bulk 2.0", "OAuth"}) {
            calls.put(kind, stats.apiCalls().getOrDefault(kind, 0L));
        }
        table(out, calls);
        if (!stats.faultsInjected().isEmpty()) {
            out.append("Faults injected\n");
            table(out, new java.util.TreeMap<>(stats.faultsInjected()));
        }
        return out.toString();
    }

    private static void table(StringBuilder out, Map<String, Long> rows) {
        int nameWidth = rows.keySet().stream().mapToInt(String::length).max().orElse(0);
        int numberWidth = rows.values().stream().mapToInt(n -> String.valueOf(n).length()).max().orElse(1);
        rows.forEach((name, n) -> out.append("  ").append(pad(name, nameWidth)).append("  ")
                .append(" ".repeat(numberWidth - String.valueOf(n).length())).append(n).append('\n'));
        if (rows.isEmpty()) {
            out.append("  (none)\n");
        }
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(width - text.length());
    }
}
