package com.revealsync.testing;

import java.util.ArrayList;
import java.util.List;

/** Generated input batches for the sync's end-to-end tests. */
public final class PeopleBatch {

    private PeopleBatch() {
    }

    /**
     * A header and {@code people} rows, Leads on even rows and Contacts on odd ones, of {@code companies}
     * companies (row i works at company i mod companies): Lusha ids {@code TAG-i}, emails
     * {@code pi@TAG.example}, companies {@code TAG-Cn} named {@code TAG company n}.
     */
    public static String[] halfLeadsHalfContacts(String tag, int people, int companies) {
        List<String> lines = new ArrayList<>();
        lines.add("lusha_id,revealed_by,export_as,first_name,last_name,email_1,job_title,company_id,company_name,company_website");
        for (int i = 0; i < people; i++) {
            int company = i % companies;
            lines.add(String.join(",", tag + "-" + i, "dana@acme-sales.example", i % 2 == 0 ? "Lead" : "Contact",
                    "First" + i, "Last" + i, "p" + i + "@" + tag + ".example", "Title " + i, tag + "-C" + company,
                    tag + " company " + company, "https://c" + company + "." + tag + ".example"));
        }
        return lines.toArray(String[]::new);
    }
}
