package com.revealsync.report;

import com.revealsync.cli.UserError;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a {@code --since} value (also the {@code since} parameter of the scheduled error report):
 * a date ({@code 2025-06-02}: from its midnight), a date-time ({@code 2025-06-02T08:00}), or a
 * period back from now ({@code 7d}, {@code 24h}, {@code 2w}, or ISO-8601 {@code P7D}, {@code PT12H}).
 * Times are local to this machine, like {@code sync_run.started_at}.
 */
public final class SinceParser {

    private static final Pattern SHORT = Pattern.compile("(\\d{1,4})\\s*([hdw])");

    private SinceParser() {
    }

    public static LocalDateTime parse(String text, Clock clock) {
        String value = text == null ? "" : text.strip();
        LocalDateTime now = LocalDateTime.now(clock);
        Matcher shortForm = SHORT.matcher(value.toLowerCase(Locale.ROOT));
        if (shortForm.matches()) {
            long amount = Long.parseLong(shortForm.group(1));
            return switch (shortForm.group(2)) {
                case "h" -> now.minusHours(amount);
                case "d" -> now.minusDays(amount);
                default -> now.minusWeeks(amount);
            };
        }
        try {
            if (value.toUpperCase(Locale.ROOT).startsWith("PT")) {
                return now.minus(Duration.parse(value));
            }
            if (value.toUpperCase(Locale.ROOT).startsWith("P")) {
                return now.minus(Period.parse(value));
            }
            if (value.contains("T")) {
                return LocalDateTime.parse(value);
            }
            return LocalDate.parse(value).atStartOfDay();
        } catch (DateTimeParseException e) {
            throw new UserError("since: '" + value + "' is not a date (2025-06-02), a date-time "
                    + "(2025-06-02T08:00) or a period back from now (7d, 24h, 2w, P7D)");
        }
    }
}
