package com.revealsync.report;

import java.text.NumberFormat;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the report writes dates and numbers: one place, so every page and file reads the same. */
final class ReportFormat {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private ReportFormat() {
    }

    static String dateTime(LocalDateTime time) {
        return time == null ? "" : time.format(DATE_TIME);
    }

    static String number(long value) {
        return NumberFormat.getIntegerInstance(Locale.ENGLISH).format(value);
    }

    /** A share as a whole percentage, or one decimal under 10% ("0.4%", "12%"). */
    static String percent(long part, long whole) {
        if (whole == 0) {
            return "0%";
        }
        double share = 100.0 * part / whole;
        if (share > 0 && share < 10) {
            return String.format(Locale.ROOT, "%.1f%%", share);
        }
        return Math.round(share) + "%";
    }
}
