package com.revealsync.sync;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * What the app database remembers of earlier exports: the Salesforce records each Lusha id went to.
 * The first matching tier of product.md ("a record this product already exported for the same
 * Lusha id"), read per chunk in one query per 200 ids.
 */
@Repository
public class RememberedExports {

    private final JdbcTemplate jdbc;

    public RememberedExports(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Lusha id to the Salesforce ids it was exported as (Leads and Contacts; Accounts are not kept). */
    public Map<String, List<String>> find(Collection<String> lushaIds) {
        Map<String, List<String>> found = new HashMap<>();
        for (List<String> part : SoqlLists.partition(lushaIds, SoqlLists.MAX_VALUES)) {
            String marks = String.join(",", java.util.Collections.nCopies(part.size(), "?"));
            jdbc.query("SELECT DISTINCT lusha_id, salesforce_id FROM row_outcome WHERE lusha_id IN (" + marks + ")"
                            + " AND salesforce_id IS NOT NULL AND outcome IN ('CREATED', 'UPDATED', 'UNCHANGED')",
                    rs -> {
                        found.computeIfAbsent(rs.getString(1), k -> new ArrayList<>(1)).add(rs.getString(2));
                    }, part.toArray());
        }
        return found;
    }
}
