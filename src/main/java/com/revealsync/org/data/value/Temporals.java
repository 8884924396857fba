package com.revealsync.org.data.value;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** Reads xsd:date and xsd:dateTime text as Salesforce accepts it. */
final class Temporals {

    private Temporals() {
    }

    /** {@code 2026-11-28}; a datetime's date part is accepted too. */
    static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDate.parse(text.length() > 10 && text.charAt(10) == 'T' ? text.substring(0, 10) : text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * {@code 2026-11-28T02:00:00.000Z}, with or without milliseconds, with an offset or none (UTC),
     * or a bare date (midnight UTC). Kept to millisecond precision, as Salesforce keeps it.
     */
    static Optional<Instant> datetime(String text) {
        try {
            if (text.length() == 10) {
                return Optional.of(LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant());
            }
            boolean hasOffset = text.endsWith("Z") || text.endsWith("z") || text.matches(".*T.*[+-]\\d\\d:?\\d\\d$");
            Instant instant = hasOffset
                    ? OffsetDateTime.parse(normalizeOffset(text)).toInstant()
                    : LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
            return Optional.of(instant.truncatedTo(ChronoUnit.MILLIS));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String normalizeOffset(String text) {
        if (text.endsWith("z")) {
            return text.substring(0, text.length() - 1) + "Z";
        }
        if (text.matches(".*[+-]\\d{4}$")) {
            int at = text.length() - 2;
            return text.substring(0, at) + ":" + text.substring(at);
        }
        return text;
    }
}
