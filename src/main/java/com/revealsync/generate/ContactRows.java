package com.revealsync.generate;

import com.revealsync.lusha.LushaField;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Makes the clean revealed-contact row of a given index: several Lusha users, Leads and Contacts,
 * companies drawn from a pool of one per eight rows (so several contacts share a company), work and
 * personal emails, phones in E.164 and local formats. A contact's email carries its row index, so
 * every row's email is unique.
 */
final class ContactRows {

    /** An unknown column, as Lusha exports carry (the list a contact was saved to). */
    static final String LIST_NAME = "list_name";
    static final List<String> HEADER = Stream.concat(Arrays.stream(LushaField.values()).map(LushaField::key),
            Stream.of(LIST_NAME)).toList();
    static final int WIDTH = HEADER.size();
    private static final Instant FIRST_REVEAL = Instant.parse("2026-11-26T06:00:00Z");
    private static final long SPREAD_SECONDS = 16 * 3600;

    private final long seed;
    private final long rows;
    private final int companies;

    ContactRows(long seed, long rows) {
        this.seed = seed;
        this.rows = rows;
        this.companies = (int) Math.max(1, Math.min(Integer.MAX_VALUE, rows / 8));
    }

    String[] good(long index) {
        SplittableRandom random = Seeds.random(seed, Seeds.ROW, index);
        String[] row = new String[WIDTH];
        Arrays.fill(row, "");
        Company company = Company.make(seed, random.nextInt(companies));
        Pools.Name first = Seeds.pick(random, Pools.FIRST);
        Pools.Name last = Seeds.pick(random, Pools.LAST);
        set(row, LushaField.LUSHA_ID, Seeds.id(seed, Seeds.CONTACT_ID, index));
        set(row, LushaField.REVEALED_BY, user(random));
        set(row, LushaField.REVEALED_AT, FIRST_REVEAL.plusSeconds(index * SPREAD_SECONDS / rows).toString());
        double route = random.nextDouble();
        set(row, LushaField.EXPORT_AS, route < 0.45 ? "Lead" : route < 0.85 ? "Contact" : "");
        set(row, LushaField.FIRST_NAME, first.shown());
        set(row, LushaField.LAST_NAME, last.shown());
        set(row, LushaField.FULL_NAME, first.shown() + " " + last.shown());
        emails(row, random, first.ascii() + "." + last.ascii() + index, company);
        Pools.Location location = Seeds.chance(random, 0.8) ? company.location() : Seeds.pick(random, Pools.LOCATIONS);
        phones(row, random, location);
        Pools.Job job = Seeds.pick(random, Pools.JOBS);
        set(row, LushaField.JOB_TITLE, job.title());
        set(row, LushaField.SENIORITY, job.seniority());
        set(row, LushaField.DEPARTMENTS, job.department());
        if (Seeds.chance(random, 0.85)) {
            set(row, LushaField.CONTACT_LINKEDIN_URL, "https://www.linkedin.com/in/" + first.ascii() + "-" + last.ascii()
                    + "-" + Seeds.id(seed, Seeds.CONTACT_ID, index).substring(0, 6));
        }
        set(row, LushaField.CONTACT_COUNTRY, location.country());
        set(row, LushaField.CONTACT_COUNTRY_ISO2, location.iso2());
        set(row, LushaField.CONTACT_STATE, location.state());
        set(row, LushaField.CONTACT_CITY, location.city());
        company(row, company);
        row[WIDTH - 1] = Seeds.pick(random, Pools.LISTS);
        return row;
    }

    private static String user(SplittableRandom random) {
        double share = random.nextDouble();
        int user = share < 0.35 ? 0 : share < 0.6 ? 1 : share < 0.8 ? 2 : share < 0.92 ? 3 : 4;
        return Pools.USERS.get(user);
    }

    private static void emails(String[] row, SplittableRandom random, String local, Company company) {
        boolean personal = Seeds.chance(random, 0.12);
        String work = local + "@" + company.domain();
        String home = local + "@" + Seeds.pick(random, Pools.PERSONAL_DOMAINS);
        set(row, LushaField.EMAIL_1, personal ? home : work);
        set(row, LushaField.EMAIL_1_TYPE, personal ? "personal" : "work");
        if (Seeds.chance(random, 0.15)) {
            set(row, LushaField.EMAIL_2, personal ? work : home);
        }
    }

    private static void phones(String[] row, SplittableRandom random, Pools.Location location) {
        if (Seeds.chance(random, 0.8)) {
            set(row, LushaField.PHONE_1, phone(random, location));
            double type = random.nextDouble();
            set(row, LushaField.PHONE_1_TYPE, type < 0.4 ? "mobile" : type < 0.8 ? "direct" : "other");
        }
        LushaField[] more = {LushaField.MOBILE_1, LushaField.DIRECT_PHONE_1, LushaField.PHONE_2, LushaField.MOBILE_2,
                LushaField.DIRECT_PHONE_2};
        double[] shares = {0.3, 0.2, 0.08, 0.03, 0.03};
        for (int i = 0; i < more.length; i++) {
            if (Seeds.chance(random, shares[i])) {
                set(row, more[i], phone(random, location));
            }
        }
    }

    private static String phone(SplittableRandom random, Pools.Location location) {
        String digits = Seeds.digits(random, location.digits());
        return (random.nextBoolean() ? location.e164() : location.local()) + digits;
    }

    private static void company(String[] row, Company company) {
        set(row, LushaField.COMPANY_ID, company.id());
        set(row, LushaField.COMPANY_NAME, company.name());
        set(row, LushaField.COMPANY_DESCRIPTION, company.description());
        set(row, LushaField.COMPANY_INDUSTRY, company.industry());
        set(row, LushaField.COMPANY_WEBSITE, company.website());
        set(row, LushaField.COMPANY_NUMBER_OF_EMPLOYEES, company.employees());
        set(row, LushaField.COMPANY_ANNUAL_REVENUE, company.revenue());
        set(row, LushaField.COMPANY_LINKEDIN_URL, company.linkedin());
        set(row, LushaField.COMPANY_COUNTRY, company.location().country());
        set(row, LushaField.COMPANY_CITY, company.location().city());
    }

    static void set(String[] row, LushaField field, String value) {
        row[field.ordinal()] = value;
    }

    static String get(String[] row, LushaField field) {
        return row[field.ordinal()];
    }
}
