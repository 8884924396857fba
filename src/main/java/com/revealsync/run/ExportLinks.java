package com.revealsync.run;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The Salesforce records each Lusha id was exported to (table {@code export_link}): one row per
 * (Lusha id, Salesforce id) pair that a run created, updated or found unchanged. It is what the
 * sync's first matching tier reads ("a record this product already exported for the same Lusha
 * id", product.md), written with the outcomes, in the chunk's transaction.
 *
 * <p>Why a table of its own: that tier used to read {@code SELECT DISTINCT ... FROM row_outcome},
 * which grows by every row of every run, needed its own index on {@code row_outcome} (maintained
 * on every insert) and cost a rerun of 100,000 rows ~12% of its pipeline time. This table holds a
 * pair once, however many runs saw it.
 */
@Repository
public class ExportLinks {

    /** Ids per query (IN lists); the same bound the Salesforce-side lookups use. */
    private static final int MAX_VALUES = 200;

    /** The most pairs kept as known between a chunk's lookups and its outcomes. */
    private static final int MAX_KNOWN = 50_000;

    private final JdbcTemplate jdbc;
    private final InsertIfAbsent insert;
    /**
     * Pairs {@link #find} has just read, so in the table: {@link #add} does not send them again (in a
     * rerun, every pair of the chunk). Pairs are never deleted, so a pair here is in the table whatever
     * thread read it; {@link #add} empties the set.
     */
    private final Set<Link> known = ConcurrentHashMap.newKeySet();

    public ExportLinks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.insert = new InsertIfAbsent(jdbc, "export_link", 2, "lusha_id VARCHAR(128)", "salesforce_id VARCHAR(18)");
    }

    /** A pair of a Lusha id and the Salesforce record (Lead or Contact) it went to. */
    public record Link(String lushaId, String salesforceId) {
    }

    /** The pairs these outcomes establish (created, updated or unchanged, with both ids). */
    static Set<Link> of(Collection<RowOutcome> outcomes) {
        Set<Link> links = new LinkedHashSet<>();
        for (RowOutcome o : outcomes) {
            if (o.lushaId() != null && o.salesforceId() != null && !o.outcome().isProblem()) {
                links.add(new Link(o.lushaId(), o.salesforceId()));
            }
        }
        return links;
    }

    /** Adds the pairs not there yet; joins the caller's transaction. */
    public void add(Collection<Link> links) {
        List<Object[]> rows = new ArrayList<>(links.size());
        for (Link l : links) {
            if (!known.contains(l)) {
                rows.add(new Object[] {l.lushaId(), l.salesforceId()});
            }
        }
        known.clear();
        insert.run(rows);
    }

    /**
     * Pairs the caller knows to be in the table (the sync's change detection: a row answered from its
     * fingerprint names the pair its earlier outcome stored), so that the next {@link #add} does not
     * send them again.
     */
    public void knownToExist(Collection<Link> links) {
        for (Link l : links) {
            if (known.size() >= MAX_KNOWN) {
                return;
            }
            known.add(l);
        }
    }

    /** Lusha id to the Salesforce ids it was exported as (Leads and Contacts; Accounts are not kept). */
    public Map<String, List<String>> find(Collection<String> lushaIds) {
        Map<String, List<String>> found = new HashMap<>();
        // in key order: each IN list then reads one stretch of the primary key, not pages all over
        // it (measured on a rerun's 100,000 ids: 362 ms against 571 ms in the rows' order)
        List<String> ids = new ArrayList<>(new TreeSet<>(lushaIds));
        for (int from = 0; from < ids.size(); from += MAX_VALUES) {
            List<String> part = ids.subList(from, Math.min(ids.size(), from + MAX_VALUES));
            String marks = String.join(",", Collections.nCopies(part.size(), "?"));
            jdbc.query("SELECT lusha_id, salesforce_id FROM export_link WHERE lusha_id IN (" + marks + ")",
                    rs -> {
                        found.computeIfAbsent(rs.getString(1), k -> new ArrayList<>(1)).add(rs.getString(2));
                        if (known.size() < MAX_KNOWN) {
                            known.add(new Link(rs.getString(1), rs.getString(2)));
                        }
                    }, part.toArray());
        }
        return found;
    }
}
