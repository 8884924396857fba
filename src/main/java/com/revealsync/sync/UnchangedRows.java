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
import com.revealsync.mapping.ExportPlan;
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
 * <p>A row our own checks skipped by the row alone ({@link ExportPlan.Skip#byRowAlone()}: no Lead or
 * Contact of the org held its Lusha id or emails) keeps its fingerprint too, and is answered with the
 * same skip while no such record appears: one made or changed by someone else is among the org's
 * changes; one this product writes (a later row of the same person, this run or a later one) takes
 * the skip fingerprints holding its row's Lusha id or emails as it is written (those keys are held in
 * memory, at most {@link #MAX_SKIPS} skips a run; past it, further skips are not kept).
 *
 * <p>Per org, at its first chunk: the org's changes since the last such run ({@link OrgChanges})
 * forget the fingerprints naming the records concerned, and this run becomes the watermark; at the
 * step's end the watermark gets the org's time. A row sharing a person (Lusha id or email) with
 * another row of the chunk is answered only when all those rows are the same row (one fingerprint:
 * a person revealed again by another Lusha user of the same session), since the full way would plan
 * each against what the one before left, which is what the last export left. Fingerprints naming a
 * record this run has written go the full way, as the same rows would without fingerprints (the
 * records written are remembered in memory: a restarted run starts that list again, and past
 * {@link #MAX_WRITTEN} of them the run answers no more rows). Everything it stores joins the chunk's
 * transaction. Not used in a dry run.
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
    /** The most skip fingerprints an org's run holds the keys of (~3 keys, ~200 bytes each). */
    static final int MAX_SKIPS = 30_000;
    /** The longest warnings and keys a fingerprint stores (its columns); a longer row is not fingerprinted. */
    private static final int MAX_WARNINGS_JSON = 8000;
    private static final int MAX_KEYS = 4000;

    private static final Set<String> MAPPING_WARNINGS = Arrays.stream(ExportCode.values())
            .map(Enum::name).collect(Collectors.toUnmodifiableSet());
    private static final TypeReference<List<RowWarning>> WARNINGS = new TypeReference<>() { };
    /** A person key of the chunk whose rows are not all the same row. */
    private static final String MIXED = "";

    private final Fingerprints prints;
    private final RowFingerprints store;
    private final OrgWatermarks watermarks;
    private final ExportLinks links;
    private final LookupFields fields;
    private final int maxWritten;
    private final int maxChanged;
    private final int maxSkips;
    private final JsonMapper json = JsonMapper.builder().build();
    private final Map<SalesforceGateway, Optional<Writer>> byGateway = new IdentityHashMap<>();
    private final Map<String, OrgRun> byOrg = new LinkedHashMap<>();
    private final Set<String> written = new HashSet<>();
    private boolean answering = true;
    private long answered;
    private long checked;

    UnchangedRows(Fingerprints prints, RowFingerprints store, OrgWatermarks watermarks, ExportLinks links,
                  LookupFields fields) {
        this(prints, store, watermarks, links, fields, MAX_WRITTEN, MAX_CHANGED, MAX_SKIPS);
    }

    /** With other bounds than {@link #MAX_WRITTEN}, {@link #MAX_CHANGED} and {@link #MAX_SKIPS} (tests). */
    UnchangedRows(Fingerprints prints, RowFingerprints store, OrgWatermarks watermarks, ExportLinks links,
                  LookupFields fields, int maxWritten, int maxChanged, int maxSkips) {
        this.prints = prints;
        this.store = store;
        this.watermarks = watermarks;
        this.links = links;
        this.fields = fields;
        this.maxWritten = maxWritten;
        this.maxChanged = maxChanged;
        this.maxSkips = maxSkips;
    }

    /** A chunk's rows of one gateway: those answered unchanged, the rest, and the rest's fingerprints and keys. */
    record Split(List<RowOutcome> unchanged, List<RevealedContact> rest, Map<RowRef, Print> fingerprints) {
    }

    /** A row's fingerprint and lookup keys ({@link RecordKeys}, one a line). */
    record Print(String fingerprint, String keys) {
    }

    /** How a skip was reported: kept with its fingerprint, reported again with it. */
    record Skipped(String code, String message, List<String> fields) {
    }

    /**
     * This run in one org: the org, when the run started there by its clock, the users it writes as,
     * whether it is the first to keep fingerprints there (no watermark before it), and the skip
     * fingerprints it holds.
     *
     * @param started the org's time when the run started there ({@code getServerTimestamp})
     * @param startedNanos {@link System#nanoTime()} when that answer came
     */
    private record OrgRun(SalesforceGateway gateway, String orgId, Instant started, long startedNanos, Set<String> users,
                          boolean first, SkipKeys skips) {

        /**
         * The org's time now, from its time at the start and the time passed here since, without a
         * call: at most the org's true time (the start's answer was dated before it came), so the
         * next run counts no change made after this run as one of its own. Where it falls short
         * (by the start call's way back, milliseconds, or a clock's drift), a last write of this
         * run counts as a change: its row is checked against the org again, nothing worse.
         */
        Instant now() {
            return started.plusNanos(System.nanoTime() - startedNanos);
        }
    }

    /** A session's org and the Salesforce user it writes as. */
    private record Writer(OrgRun org, String userId) {
    }

    Split split(SalesforceGateway gateway, List<RevealedContact> contacts) {
        Optional<Writer> writer = byGateway.computeIfAbsent(gateway, this::open);
        Map<RowRef, Print> fingerprints = new HashMap<>(contacts.size() * 2);
        if (writer.isEmpty()) {
            return new Split(List.of(), contacts, fingerprints);
        }
        OrgRun org = writer.get().org();
        List<MatchKeys> keys = new ArrayList<>(contacts.size());
        List<String> printed = new ArrayList<>(contacts.size());
        List<List<String>> identities = new ArrayList<>(contacts.size());
        // per person key of the chunk, the fingerprint all its rows share, or MIXED
        Map<String, String> people = new HashMap<>(contacts.size() * 2);
        Set<String> lushaIds = new LinkedHashSet<>();
        for (RevealedContact c : contacts) {
            MatchKeys k = MatchKeys.of(c);
            keys.add(k);
            String print = prints.of(c, writer.get().userId());
            printed.add(print);
            List<String> identity = RecordKeys.person(k);
            identities.add(identity);
            identity.forEach(key -> people.merge(key, print, (a, b) -> a.equals(b) ? a : MIXED));
            collect(lushaIds, c.lushaId());
        }
        // the org's first run with fingerprints has none to find but its own, and those name the records it writes
        Map<String, RowFingerprint> stored = answering && !org.first() ? store.find(org.orgId(), lushaIds) : Map.of();
        List<RowOutcome> unchanged = new ArrayList<>();
        List<RevealedContact> rest = new ArrayList<>(contacts.size());
        List<ExportLinks.Link> known = new ArrayList<>();
        for (int i = 0; i < contacts.size(); i++) {
            RevealedContact c = contacts.get(i);
            String print = printed.get(i);
            RowFingerprint last = c.lushaId() == null ? null : stored.get(c.lushaId());
            // alone in the chunk, or with rows of the same person that are the same row
            boolean alike = identities.get(i).stream().allMatch(key -> print.equals(people.get(key)));
            if (last != null && alike && last.fingerprint().equals(print) && !last.names(written)) {
                unchanged.add(answer(c, last));
                if (!last.skip()) {
                    known.add(new ExportLinks.Link(c.lushaId(), last.salesforceId()));
                }
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

    /**
     * Keeps the fingerprints of the rows that went the full way and ended clean, or were skipped by
     * the row alone ({@code skippedByRow}); forgets the others'. The skips holding the Lusha id or an
     * email of a row written here are forgotten: that person now has a record.
     */
    void exported(SalesforceGateway gateway, Map<RowRef, Print> fingerprints, List<RowOutcome> outcomes,
                  Set<RowRef> skippedByRow) {
        Optional<Writer> writer = byGateway.getOrDefault(gateway, Optional.empty());
        if (writer.isEmpty()) {
            return;
        }
        OrgRun org = writer.get().org();
        List<RowFingerprint> keep = new ArrayList<>();
        Set<String> forget = new LinkedHashSet<>();
        Set<String> writtenKeys = new HashSet<>();
        for (RowOutcome o : outcomes) {
            Print print = fingerprints.get(o.source());
            if (o.outcome() == Outcome.CREATED || o.outcome() == Outcome.UPDATED) {
                remember(o.salesforceId());
                remember(o.accountId());
                if (print != null) {
                    writtenKeys.addAll(SkipKeys.personKeys(print.keys()));
                }
            }
            if (o.lushaId() == null || print == null) {
                continue;
            }
            String warnings = o.warnings().isEmpty() ? null : json.writeValueAsString(o.warnings());
            boolean fits = fits(warnings, MAX_WARNINGS_JSON) && fits(print.keys(), MAX_KEYS);
            if (clean(o) && fits) {
                keep.add(new RowFingerprint(o.lushaId(), print.fingerprint(), o.recordType(), o.salesforceId(),
                        o.accountId(), warnings, null, print.keys()));
            } else if (o.outcome() == Outcome.SKIPPED && skippedByRow.contains(o.source()) && fits
                    && org.skips().room(maxSkips)) {
                keep.add(new RowFingerprint(o.lushaId(), print.fingerprint(), o.recordType(), null, null, warnings,
                        json.writeValueAsString(new Skipped(o.code(), o.message(), o.fields())), print.keys()));
            } else {
                forget.add(o.lushaId());
            }
        }
        keep.forEach(k -> forget.remove(k.lushaId())); // a later row of the same person ended clean
        List<RowFingerprint> kept = dedupe(keep);
        // a written row's own fingerprint among the skips taken is saved again below
        forget.addAll(org.skips().settle(forget, kept, writtenKeys));
        store.forget(org.orgId(), forget);
        store.save(org.orgId(), kept);
    }

    /**
     * Stamps each org's watermark with the org's time ({@link OrgRun#now}, no call): this run's writes
     * are all made by then.
     */
    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        if (!byOrg.isEmpty()) {
            LOG.info("unchanged rows: {} answered from their fingerprints, {} checked against the org", answered, checked);
        }
        for (OrgRun org : byOrg.values()) {
            watermarks.finished(org.orgId(), org.started(), org.now(), org.users());
        }
        return stepExecution.getExitStatus();
    }

    private Optional<Writer> open(SalesforceGateway gateway) {
        Optional<SessionIdentity> identity = gateway.identity();
        if (identity.isEmpty()) {
            return Optional.empty();
        }
        String orgId = identity.get().orgId();
        String userId = identity.get().userId();
        OrgRun known = byOrg.get(orgId);
        if (known != null) {
            known.users().add(userId);
            return Optional.of(new Writer(known, userId));
        }
        Instant now = gateway.serverTime();
        long nowNanos = System.nanoTime();
        Optional<Watermark> mark = watermarks.find(orgId);
        if (mark.isEmpty()) {
            store.forgetOrg(orgId);
        } else {
            forgetChanged(gateway, orgId, mark.get());
        }
        Set<String> users = new LinkedHashSet<>(List.of(userId));
        watermarks.started(orgId, now, users);
        SkipKeys skips = mark.isEmpty() ? new SkipKeys() : new SkipKeys(() -> store.skipKeys(orgId, maxSkips));
        OrgRun run = new OrgRun(gateway, orgId, now, nowNanos, users, mark.isEmpty(), skips);
        byOrg.put(orgId, run);
        return Optional.of(new Writer(run, userId));
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

    /** The outcome a fingerprint's row is answered with: unchanged, or skipped again. */
    private RowOutcome answer(RevealedContact c, RowFingerprint last) {
        if (last.skip()) {
            Skipped skip = json.readValue(last.skipJson(), Skipped.class);
            return new RowOutcome(c.source(), c.lushaId(), c.revealedBy(), last.recordType(), Outcome.SKIPPED, null, null,
                    skip.code(), skip.message(), skip.fields(), warnings(last), c.sourceColumns());
        }
        return new RowOutcome(c.source(), c.lushaId(), c.revealedBy(), last.recordType(), Outcome.UNCHANGED,
                last.salesforceId(), last.accountId(), null, null, List.of(), warnings(last), c.sourceColumns());
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
