package com.revealsync.sync;

import com.revealsync.fingerprint.Fingerprints;
import com.revealsync.fingerprint.Ids;
import com.revealsync.fingerprint.OrgChanges;
import com.revealsync.fingerprint.OrgWatermarks;
import com.revealsync.fingerprint.RowFingerprint;
import com.revealsync.fingerprint.RowFingerprints;
import com.revealsync.fingerprint.Watermark;
import com.revealsync.lusha.RecordType;
import com.revealsync.lusha.RevealedContact;
import com.revealsync.lusha.RowRef;
import com.revealsync.mapping.ExportCode;
import com.revealsync.mapping.match.ExistingRecord;
import com.revealsync.mapping.match.MatchKeys;
import com.revealsync.run.ExportLinks;
import com.revealsync.run.Outcome;
import com.revealsync.run.RowOutcome;
import com.revealsync.run.RowWarning;
import com.revealsync.salesforce.SalesforceGateway;
import com.revealsync.salesforce.SessionIdentity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Change detection of the nightly sync (README "Unchanged rows"): a row whose fingerprint (its source
 * columns and the plan, {@link Fingerprints}) is the one its Lusha id was last exported with, and
 * whose records have not changed in the org since, is answered {@code UNCHANGED} from what that export
 * stored, without lookups, mapping or any call: its plan would be the same against the same records,
 * and those records hold what that export left. Every other row goes the full way.
 *
 * <p>Per org, at its first chunk: the org's changes since the last such run ({@link OrgChanges})
 * forget the fingerprints naming the records concerned, and this run becomes the watermark; at the
 * step's end the watermark gets the org's time. Rows that share a person (Lusha id or email) with
 * another row of the chunk, and fingerprints naming a record this run has written, go the full way,
 * as the same rows would without fingerprints (the records written are remembered in memory: a
 * restarted run starts that list again, and past {@link #MAX_WRITTEN} of them the run answers no
 * more rows). Everything it stores joins the chunk's transaction. Not used in a dry run.
 */
final class UnchangedRows implements StepExecutionListener {

    private static final Logger LOG = LoggerFactory.getLogger(UnchangedRows.class);

    /** The most records remembered as written by this run; past it, every row goes the full way. */
    static final int MAX_WRITTEN = 100_000;
    /**
     * The most changed records held (ids and keys, ~300 bytes each) while their fingerprints are
     * forgotten; past it (a mass update), all of the org's go and every row is checked that night.
     */
    static final int MAX_CHANGED = 50_000;
    /** The longest warnings and keys a fingerprint stores (its columns); a longer row is not fingerprinted. */
    private static final int MAX_WARNINGS_JSON = 8000;
    private static final int MAX_KEYS = 4000;

    private static final Set<String> MAPPING_WARNINGS = Arrays.stream(ExportCode.values())
            .map(Enum::name).collect(Collectors.toUnmodifiableSet());
    private static final TypeReference<List<RowWarning>> WARNINGS = new TypeReference<>() { };

    private final Fingerprints prints;
    private final RowFingerprints store;
    private final OrgWatermarks watermarks;
    private final ExportLinks links;
    private final LookupFields fields;
    private final int maxWritten;
    private final int maxChanged;
    private final JsonMapper json = JsonMapper.builder().build();
    private final Map<SalesforceGateway, Optional<OrgRun>> byGateway = new IdentityHashMap<>();
    private final Map<String, OrgRun> byOrg = new LinkedHashMap<>();
    private final Set<String> written = new HashSet<>();
    private boolean answering = true;
    private long answered;
    private long checked;

    UnchangedRows(Fingerprints prints, RowFingerprints store, OrgWatermarks watermarks, ExportLinks links,
                  LookupFields fields) {
        this(prints, store, watermarks, links, fields, MAX_WRITTEN, MAX_CHANGED);
    }

    /** With other bounds than {@link #MAX_WRITTEN} and {@link #MAX_CHANGED} (tests). */
    UnchangedRows(Fingerprints prints, RowFingerprints store, OrgWatermarks watermarks, ExportLinks links,
                  LookupFields fields, int maxWritten, int maxChanged) {
        this.prints = prints;
        this.store = store;
        this.watermarks = watermarks;
        this.links = links;
        this.fields = fields;
        this.maxWritten = maxWritten;
        this.maxChanged = maxChanged;
    }

    /** A chunk's rows of one gateway: those answered unchanged, the rest, and the rest's fingerprints and keys. */
    record Split(List<RowOutcome> unchanged, List<RevealedContact> rest, Map<RowRef, Print> fingerprints) {
    }

    /** A row's fingerprint and lookup keys ({@link RecordKeys}, one a line). */
    record Print(String fingerprint, String keys) {
    }

    /**
     * This run in one org: the org, when the run started there by its clock, the users it writes as,
     * and whether it is the first to keep fingerprints there (no watermark before it).
     */
    private record OrgRun(SalesforceGateway gateway, String orgId, Instant started, Set<String> users, boolean first) {
    }

    Split split(SalesforceGateway gateway, List<RevealedContact> contacts) {
        Optional<OrgRun> org = byGateway.computeIfAbsent(gateway, this::open);
        Map<RowRef, Print> fingerprints = new HashMap<>(contacts.size() * 2);
        if (org.isEmpty()) {
            return new Split(List.of(), contacts, fingerprints);
        }
        List<MatchKeys> keys = new ArrayList<>(contacts.size());
        List<List<String>> identities = new ArrayList<>(contacts.size());
        Map<String, Integer> people = new HashMap<>(contacts.size() * 2);
        Set<String> lushaIds = new LinkedHashSet<>();
        for (RevealedContact c : contacts) {
            MatchKeys k = MatchKeys.of(c);
            keys.add(k);
            List<String> identity = Waves.identity(k);
            identities.add(identity);
            identity.forEach(key -> people.merge(key, 1, Integer::sum));
            collect(lushaIds, c.lushaId());
        }
        // the org's first run with fingerprints has none to find but its own, and those name the records it writes
        Map<String, RowFingerprint> stored = answering && !org.get().first() ? store.find(org.get().orgId(), lushaIds) : Map.of();
        List<RowOutcome> unchanged = new ArrayList<>();
        List<RevealedContact> rest = new ArrayList<>(contacts.size());
        List<ExportLinks.Link> known = new ArrayList<>();
        for (int i = 0; i < contacts.size(); i++) {
            RevealedContact c = contacts.get(i);
            String print = prints.of(c);
            RowFingerprint last = c.lushaId() == null ? null : stored.get(c.lushaId());
            boolean alone = identities.get(i).stream().allMatch(key -> people.get(key) == 1);
            if (last != null && alone && last.fingerprint().equals(print) && !last.names(written)) {
                unchanged.add(new RowOutcome(c.source(), c.lushaId(), c.revealedBy(), last.recordType(), Outcome.UNCHANGED,
                        last.salesforceId(), last.accountId(), null, null, List.of(), warnings(last), c.sourceColumns()));
                known.add(new ExportLinks.Link(c.lushaId(), last.salesforceId()));
            } else {
                rest.add(c);
                // the keys only of the rows whose fingerprint may be stored
                fingerprints.put(c.source(), new Print(print, String.join("\n", RecordKeys.of(keys.get(i)))));
            }
        }
        links.knownToExist(known);
        answered += unchanged.size();
        checked += rest.size();
        return new Split(unchanged, rest, fingerprints);
    }

    /** Keeps the fingerprints of the rows that went the full way and ended clean; forgets the others'. */
    void exported(SalesforceGateway gateway, Map<RowRef, Print> fingerprints, List<RowOutcome> outcomes) {
        Optional<OrgRun> org = byGateway.getOrDefault(gateway, Optional.empty());
        if (org.isEmpty()) {
            return;
        }
        List<RowFingerprint> keep = new ArrayList<>();
        Set<String> forget = new LinkedHashSet<>();
        for (RowOutcome o : outcomes) {
            if (o.outcome() == Outcome.CREATED || o.outcome() == Outcome.UPDATED) {
                remember(o.salesforceId());
                remember(o.accountId());
            }
            Print print = fingerprints.get(o.source());
            if (o.lushaId() == null || print == null) {
                continue;
            }
            String warnings = o.warnings().isEmpty() ? null : json.writeValueAsString(o.warnings());
            if (clean(o) && fits(warnings, MAX_WARNINGS_JSON) && fits(print.keys(), MAX_KEYS)) {
                keep.add(new RowFingerprint(o.lushaId(), print.fingerprint(), o.recordType(), o.salesforceId(),
                        o.accountId(), warnings, print.keys()));
            } else {
                forget.add(o.lushaId());
            }
        }
        keep.forEach(k -> forget.remove(k.lushaId())); // a later row of the same person ended clean
        store.forget(org.get().orgId(), forget);
        store.save(org.get().orgId(), dedupe(keep));
    }

    /** Stamps each org's watermark with the org's time: this run's writes are all made by then. */
    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        if (!byOrg.isEmpty()) {
            LOG.info("unchanged rows: {} answered from their fingerprints, {} checked against the org", answered, checked);
        }
        for (OrgRun org : byOrg.values()) {
            try {
                watermarks.finished(org.orgId(), org.started(), org.gateway().serverTime(), org.users());
            } catch (RuntimeException e) {
                // left unfinished: the next run counts every change since this one started
                LOG.warn("unchanged rows: could not read the org's time at the end of the run ({}): the next run"
                        + " re-checks every record changed since this run started", e.getMessage());
            }
        }
        return stepExecution.getExitStatus();
    }

    private Optional<OrgRun> open(SalesforceGateway gateway) {
        Optional<SessionIdentity> identity = gateway.identity();
        if (identity.isEmpty()) {
            return Optional.empty();
        }
        String orgId = identity.get().orgId();
        OrgRun known = byOrg.get(orgId);
        if (known != null) {
            known.users().add(identity.get().userId());
            return Optional.of(known);
        }
        Instant now = gateway.serverTime();
        Optional<Watermark> mark = watermarks.find(orgId);
        if (mark.isEmpty()) {
            store.forgetOrg(orgId);
        } else {
            forgetChanged(gateway, orgId, mark.get());
        }
        Set<String> users = new LinkedHashSet<>(List.of(identity.get().userId()));
        watermarks.started(orgId, now, users);
        OrgRun run = new OrgRun(gateway, orgId, now, users, mark.isEmpty());
        byOrg.put(orgId, run);
        return Optional.of(run);
    }

    /**
     * Forgets the fingerprints that the org's changes since the watermark concern: those naming a
     * changed, deleted or new record, or searching by one of its keys (a new Contact holding a row's
     * Lusha id, an Account that now has its company's website). Past {@link #MAX_CHANGED} changes,
     * every fingerprint of the org.
     */
    private void forgetChanged(SalesforceGateway gateway, String orgId, Watermark mark) {
        Set<String> ids = new HashSet<>();
        Set<String> keys = new HashSet<>();
        String filter = OrgChanges.filter(mark);
        for (RecordType type : RecordType.values()) {
            gateway.queryAllEach(fields.select(type) + " WHERE " + filter, r -> {
                if (ids.size() <= maxChanged) {
                    ExistingRecord record = ExistingRecordLookup.toExisting(type, r);
                    ids.add(Ids.short15(record.id()));
                    keys.addAll(RecordKeys.of(record));
                }
            });
        }
        if (ids.size() > maxChanged) {
            store.forgetOrg(orgId);
            LOG.info("unchanged rows: more than {} Leads, Contacts and Accounts changed in the org since the last run:"
                    + " every row is checked against the org", maxChanged);
        } else {
            store.forgetChanged(orgId, ids, keys);
            LOG.info("unchanged rows: {} Leads, Contacts and Accounts changed in the org since the last run", ids.size());
        }
    }

    private void remember(String id) {
        if (id == null || !answering) {
            return;
        }
        written.add(Ids.short15(id));
        if (written.size() > maxWritten) {
            // too many to keep in memory: the rest of this run checks every row against the org
            answering = false;
            written.clear();
        }
    }

    /** A clean outcome whose warnings are the mapping's own (not an Account that failed, not a dry run). */
    private static boolean clean(RowOutcome o) {
        boolean written = o.outcome() == Outcome.CREATED || o.outcome() == Outcome.UPDATED || o.outcome() == Outcome.UNCHANGED;
        return written && o.salesforceId() != null && o.recordType() != null
                && o.warnings().stream().allMatch(w -> MAPPING_WARNINGS.contains(w.code()));
    }

    private static boolean fits(String text, int max) {
        return text == null || text.length() <= max;
    }

    private List<RowWarning> warnings(RowFingerprint f) {
        return f.warningsJson() == null ? List.of() : json.readValue(f.warningsJson(), WARNINGS);
    }

    private static List<RowFingerprint> dedupe(List<RowFingerprint> keep) {
        Map<String, RowFingerprint> last = new LinkedHashMap<>();
        keep.forEach(k -> last.put(k.lushaId(), k));
        return new ArrayList<>(last.values());
    }

    private static void collect(Set<String> into, String value) {
        if (value != null && !value.isBlank()) {
            into.add(value);
        }
    }
}
