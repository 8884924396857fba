package com.revealsync.generate;

import com.revealsync.lusha.LushaField;
import java.util.List;
import java.util.SplittableRandom;

/** Turns a clean row into a messy one of a given kind; every change is a pure function of the row's random. */
final class BadRows {

    static final List<String> BAD_EXPORT_AS = List.of("Leads", "Opportunity", "Account", "contact person");
    static final List<String> BAD_PHONE_TYPES = List.of("cell", "work", "landline", "fax");
    static final List<String> BAD_TIMESTAMPS = List.of("26/11/2026 09:15", "Nov 26, 2026", "yesterday", "2026-13-01");
    static final List<String> RANGES = List.of("1-10", "11-50", "51-200", "201-500", "501-1000", "1001-5000", "10,001+");
    static final String LONG_TITLE = "Senior Vice President of Global Strategic Partnerships, Channel Alliances, "
            + "Ecosystem Development & Customer Success Operations (EMEA, APAC and LATAM)";
    /** Stands in for the job title while a row is rendered, before the stray quote goes in. */
    static final String STRAY_QUOTE_MARK = "STRAY_QUOTE_MARK";

    private BadRows() {
    }

    /** Changes {@code row} in place; for {@link BadRowKind#BROKEN_QUOTING}, marks the cell to break. */
    static void apply(BadRowKind kind, String[] row, SplittableRandom random, long index) {
        String description = ContactRows.get(row, LushaField.COMPANY_DESCRIPTION);
        ContactRows.set(row, LushaField.COMPANY_DESCRIPTION, description.replace('\n', ' '));
        switch (kind) {
            case WRONG_COLUMN_COUNT -> { } // the writer drops the last values
            case BROKEN_QUOTING -> ContactRows.set(row, LushaField.JOB_TITLE, STRAY_QUOTE_MARK);
            case UNKNOWN_EXPORT_AS -> ContactRows.set(row, LushaField.EXPORT_AS, Seeds.pick(random, BAD_EXPORT_AS));
            case UNKNOWN_PHONE_TYPE -> {
                if (ContactRows.get(row, LushaField.PHONE_1).isEmpty()) {
                    ContactRows.set(row, LushaField.PHONE_1, "+14155550100");
                }
                ContactRows.set(row, LushaField.PHONE_1_TYPE, Seeds.pick(random, BAD_PHONE_TYPES));
            }
            case MISSING_LUSHA_ID -> ContactRows.set(row, LushaField.LUSHA_ID, "");
            case BAD_TIMESTAMP -> ContactRows.set(row, LushaField.REVEALED_AT, Seeds.pick(random, BAD_TIMESTAMPS));
            case INVALID_EMAIL -> ContactRows.set(row, LushaField.EMAIL_1, invalidEmail(
                    ContactRows.get(row, LushaField.EMAIL_1), random));
            case MISSING_LAST_NAME -> {
                ContactRows.set(row, LushaField.LAST_NAME, "");
                ContactRows.set(row, LushaField.FULL_NAME, ContactRows.get(row, LushaField.FIRST_NAME));
            }
            case OVERLONG_TITLE -> ContactRows.set(row, LushaField.JOB_TITLE, LONG_TITLE);
            case EMPLOYEE_RANGE -> ContactRows.set(row, LushaField.COMPANY_NUMBER_OF_EMPLOYEES, Seeds.pick(random, RANGES));
            case EMPLOYEES_WITH_COMMA -> ContactRows.set(row, LushaField.COMPANY_NUMBER_OF_EMPLOYEES,
                    String.format(java.util.Locale.ROOT, "%,d", 1000 + random.nextInt(49_000)));
            case DUPLICATE -> {
                String by = ContactRows.get(row, LushaField.REVEALED_BY);
                List<String> others = Pools.USERS.stream().filter(u -> !u.equals(by)).toList();
                ContactRows.set(row, LushaField.REVEALED_BY, Seeds.pick(random, others));
            }
            case LEAD_WITHOUT_COMPANY -> {
                ContactRows.set(row, LushaField.EXPORT_AS, "Lead");
                for (LushaField field : LushaField.values()) {
                    if (field.key().startsWith("company_")) {
                        ContactRows.set(row, field, "");
                    }
                }
            }
        }
    }

    private static String invalidEmail(String email, SplittableRandom random) {
        int at = email.indexOf('@');
        return switch (random.nextInt(4)) {
            case 0 -> email.substring(0, at) + "@@" + email.substring(at + 1);
            case 1 -> email.substring(0, at).replace('.', ' ') + email.substring(at);
            case 2 -> email.substring(0, at + 1);
            default -> email.replace('@', '.');
        };
    }
}
