package com.revealsync.sync;

import com.revealsync.lusha.RecordType;
import com.revealsync.lusha.RevealedContact;
import com.revealsync.mapping.SystemFields;
import com.revealsync.mapping.match.ExistingRecord;
import com.revealsync.mapping.match.MatchIndex;
import com.revealsync.mapping.match.MatchKeys;
import com.revealsync.run.ExportLinks;
import com.revealsync.salesforce.BulkQuery;
import com.revealsync.salesforce.RecordWrite;
import com.revealsync.salesforce.SalesforceGateway;
import com.revealsync.salesforce.SalesforceRecord;
import com.revealsync.salesforce.WriteResult;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * The lookups of a big run (Bulk mode): the org's Leads, Contacts and Accounts are read once per
 * session into an {@link OrgSnapshot} on disk (each object with SOAP query pages, whose first also
 * tells how many records there are, or with a Bulk query job where that is fewer calls: from 12,001
 * records at 2,000 a page), and every chunk is matched
 * against it, with no call at all; the run's own writes are added as they succeed. Where the org
 * holds more of those records than {@code maxRecords} (a small batch against a big org), that
 * session's lookups query per chunk instead ({@code perChunk}). Read when the first lookup of more
 * than {@code fewRows} rows comes: a rerun whose rows are all answered unchanged ({@link UnchangedRows})
 * reads nothing, and one where a chunk leaves only a few rows to look up (a person revealed twice
 * with different values) queries for those rows, a few calls per chunk, instead of reading the org.
 *
 * <p>Why: per-chunk queries cost one call per ~90,000 characters of keys (tens per 10,000 rows),
 * and Website LIKE searches make the org scan its Accounts once per query; reading the org costs
 * a handful of calls per object whatever the batch size. The snapshot is as fresh as the start
 * of the run plus the run's writes: a record another integration makes meanwhile is not seen.
 */
final class SnapshotLookup implements RecordLookup, StepExecutionListener {

    private static final Logger LOG = LoggerFactory.getLogger(SnapshotLookup.class);
    /**
     * The fewest calls a Bulk query job makes: create the job, add the query, poll it, list its
     * results, download them, close the job. An object whose records come in fewer SOAP query pages
     * after the first (up to 12,000 records at 2,000 a page) is read through SOAP. Salesforce may send
     * smaller pages than that for wide records; an object near the limit then costs a few calls more
     * than a Bulk query would have.
     */
    static final int BULK_QUERY_CALLS = 6;

    private final RecordLookup perChunk;
    private final LookupFields fields;
    private final ExportLinks remembered;
    private final long maxRecords;
    private final int fewRows;
    private final Map<SalesforceGateway, Optional<OrgSnapshot>> snapshots = new IdentityHashMap<>();

    /**
     * @param maxRecords the most Leads, Contacts and Accounts an org may hold to be read
     * @param fewRows the most rows a lookup may have to go per chunk while the snapshot is unread
     */
    SnapshotLookup(RecordLookup perChunk, LookupFields fields, ExportLinks remembered, long maxRecords, int fewRows) {
        this.perChunk = perChunk;
        this.fields = fields;
        this.remembered = remembered;
        this.maxRecords = maxRecords;
        this.fewRows = fewRows;
    }

    @Override
    public MatchIndex find(SalesforceGateway gateway, List<RevealedContact> contacts) {
        if (contacts.size() <= fewRows && !snapshots.containsKey(gateway)) {
            return perChunk.find(gateway, contacts);
        }
        Optional<OrgSnapshot> snapshot = snapshots.computeIfAbsent(gateway, this::read);
        return snapshot.isPresent() ? find(snapshot.get(), contacts) : perChunk.find(gateway, contacts);
    }

    @Override
    public void written(SalesforceGateway gateway, String object, RecordWrite record, WriteResult result) {
        Optional<OrgSnapshot> snapshot = snapshots.getOrDefault(gateway, Optional.empty());
        String id = result.id() != null ? result.id() : record.id();
        if (snapshot.isPresent() && id != null) {
            Map<String, String> values = new HashMap<>(record.values().size() * 2);
            record.values().forEach((field, value) -> values.put(field, text(value)));
            snapshot.get().merge(RecordType.valueOf(object), id, values);
        }
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        close();
        return stepExecution.getExitStatus();
    }

    @Override
    public void close() {
        snapshots.values().forEach(s -> s.ifPresent(OrgSnapshot::close));
        snapshots.clear();
    }

    /**
     * Reads the org's Leads, Contacts and Accounts into a snapshot, or none where they are more than
     * {@code maxRecords}. Each object's query first asks for its first page, which says how many
     * records the query selects: a {@code COUNT()} query would cost that call too. From there, the
     * object's further pages are read where they are fewer calls than a Bulk query job; otherwise a
     * Bulk query reads it (after the first page of all objects, so they run side by side). Past
     * {@code maxRecords}, nothing more is read: that session queries per chunk.
     */
    private Optional<OrgSnapshot> read(SalesforceGateway gateway) {
        OrgSnapshot snapshot = OrgSnapshot.create();
        List<String> how = new ArrayList<>();
        try {
            List<BulkQuery> queries = new ArrayList<>();
            long total = 0;
            for (RecordType type : RecordType.values()) {
                Consumer<SalesforceRecord> into = r -> snapshot.put(ExistingRecordLookup.toExisting(type, r));
                int pageSize = fields.queryPageSize(type);
                long before = total;
                long count = gateway.queryEachIf(fields.select(type),
                        n -> before + n <= maxRecords && soapPagesCheaper(n, pageSize), into);
                total += count;
                if (total > maxRecords) {
                    LOG.info("lookups: the org holds at least {} Leads, Contacts and Accounts, more than {} for this batch:"
                            + " querying per chunk", total, maxRecords);
                    snapshot.close();
                    return Optional.empty();
                }
                if (count == 0) {
                    continue;
                }
                if (soapPagesCheaper(count, pageSize)) {
                    how.add(count + " " + type + "s with " + pages(count, pageSize) + " SOAP query page(s)");
                } else {
                    queries.add(new BulkQuery(type.name(), fields.select(type), into));
                    how.add(count + " " + type + "s with a Bulk query");
                }
            }
            if (!queries.isEmpty()) {
                gateway.bulkQueries(queries); // the org runs them side by side
            }
        } catch (RuntimeException e) {
            snapshot.close();
            throw e;
        }
        LOG.info("lookups: read the org's records once: {}", how.isEmpty() ? "none" : String.join(", ", how));
        return Optional.of(snapshot);
    }

    /** Whether the query's pages after its first are fewer calls than a Bulk query job. */
    private static boolean soapPagesCheaper(long records, int pageSize) {
        return pages(records, pageSize) - 1 < BULK_QUERY_CALLS;
    }

    /**
     * The same candidates {@link ExistingRecordLookup} would query for, from the snapshot: every key
     * of the chunk read ahead in key order ({@link SnapshotReads}), then matched in the rows' order.
     */
    private MatchIndex find(OrgSnapshot snapshot, List<RevealedContact> contacts) {
        MatchIndex index = new MatchIndex();
        SnapshotReads s = new SnapshotReads(snapshot);
        List<MatchKeys> keys = contacts.stream().map(MatchKeys::of).toList();
        Set<String> lushaIds = new LinkedHashSet<>();
        Set<String> emails = new LinkedHashSet<>();
        // contacts of one company share its keys: each distinct key is looked up once per chunk
        Set<String> companyIds = new LinkedHashSet<>();
        Set<String> domains = new LinkedHashSet<>();
        Set<String> names = new LinkedHashSet<>();
        for (MatchKeys k : keys) {
            collect(lushaIds, k.lushaId());
            emails.addAll(k.emails());
            collect(companyIds, k.companyId());
            collect(domains, k.domain());
            collect(names, k.companyName());
        }
        Map<String, List<String>> rememberedIds = remembered.find(lushaIds);
        s.prefetchRecords(rememberedIds.values().stream().flatMap(List::stream).toList());
        s.prefetch(OrgSnapshot.Index.PERSON_LUSHA_ID, lushaIds);
        s.prefetch(OrgSnapshot.Index.LEAD_EMAIL, emails);
        s.prefetch(OrgSnapshot.Index.CONTACT_EMAIL, emails);
        s.prefetch(OrgSnapshot.Index.ACCOUNT_COMPANY_ID, companyIds);
        s.prefetch(OrgSnapshot.Index.ACCOUNT_DOMAIN, domains);
        s.prefetch(OrgSnapshot.Index.ACCOUNT_NAME, names);

        List<ExistingRecord> people = new ArrayList<>();
        rememberedIds.forEach((lushaId, ids) -> ids.forEach(id -> {
            index.remember(lushaId, id);
            addIfFound(people, s.get(id));
        }));
        for (MatchKeys k : keys) {
            people.addAll(s.find(OrgSnapshot.Index.PERSON_LUSHA_ID, k.lushaId()));
            for (String email : k.emails()) {
                people.addAll(s.find(OrgSnapshot.Index.LEAD_EMAIL, email));
                people.addAll(s.find(OrgSnapshot.Index.CONTACT_EMAIL, email));
            }
        }
        s.prefetchRecords(people.stream().filter(ExistingRecord::isConvertedLead)
                .map(r -> r.value(SystemFields.CONVERTED_CONTACT_ID)).filter(id -> id != null).toList());
        Set<String> accountIds = new LinkedHashSet<>();
        for (ExistingRecord r : people) {
            index.add(r);
            if (r.isConvertedLead()) {
                ExistingRecord contact = idOf(s, r.value(SystemFields.CONVERTED_CONTACT_ID));
                if (contact != null) {
                    index.add(contact);
                    collect(accountIds, contact.value(SystemFields.ACCOUNT_ID));
                }
            } else if (r.type() == RecordType.Contact) {
                collect(accountIds, r.value(SystemFields.ACCOUNT_ID));
            }
        }
        s.prefetchRecords(accountIds);
        accountIds.forEach(id -> {
            ExistingRecord account = s.get(id);
            if (account != null) {
                index.add(account);
            }
        });
        companyIds.forEach(v -> index.addAll(s.find(OrgSnapshot.Index.ACCOUNT_COMPANY_ID, v)));
        domains.forEach(v -> index.addAll(s.find(OrgSnapshot.Index.ACCOUNT_DOMAIN, v)));
        names.forEach(v -> index.addAll(s.find(OrgSnapshot.Index.ACCOUNT_NAME, v)));
        return index;
    }

    /** SOAP query pages (calls) that bring {@code records} records, {@code pageSize} a page. */
    static long pages(long records, int pageSize) {
        return (records + pageSize - 1) / pageSize;
    }

    private static ExistingRecord idOf(SnapshotReads s, String id) {
        return id == null ? null : s.get(id);
    }

    private static void addIfFound(List<ExistingRecord> into, ExistingRecord r) {
        if (r != null) {
            into.add(r);
        }
    }

    private static void collect(Set<String> into, String value) {
        if (value != null && !value.isBlank()) {
            into.add(value);
        }
    }

    /** A written value as a query would return it (numbers without exponent). */
    static String text(Object value) {
        return value instanceof BigDecimal d ? d.toPlainString() : String.valueOf(value);
    }
}
