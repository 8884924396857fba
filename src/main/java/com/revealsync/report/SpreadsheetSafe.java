package com.revealsync.report;

/**
 * Neutralises CSV cells that a spreadsheet would run as a formula (CSV injection, as OWASP
 * describes it): a cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a
 * carriage return gets a leading single quote, which spreadsheets show as text. The cell is then
 * quoted by the CSV writer as usual.
 */
public final class SpreadsheetSafe {

    private SpreadsheetSafe() {
    }

    public static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return value == null ? "" : value;
        }
        return switch (value.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + value;
            default -> value;
        };
    }

    public static String[] row(String... values) {
        String[] safe = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            safe[i] = cell(values[i]);
        }
        return safe;
    }
}
