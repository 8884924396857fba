package com.revealsync.org.data;

import com.revealsync.org.data.dml.Caller;
import com.revealsync.org.data.dml.DmlEngine;
import com.revealsync.org.data.dml.Upserter;
import com.revealsync.org.data.schema.OrgSchema;
import com.revealsync.org.data.soql.QueryEngine;
import com.revealsync.org.data.store.OrgStore;
import com.revealsync.org.data.dml.LeadConverter;
import com.revealsync.org.data.store.Persistence;
import com.revealsync.org.data.validation.InputReader;
import com.revealsync.org.data.validation.OrgRules;
import com.revealsync.org.data.value.ValueParser;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The embedded org's data layer: the {@link OrgData} facade over the metadata tables, the
 * in-memory record store persisted with H2's MVStore, validation, DML and SOQL.
 *
 * <pre>{@code
 * try (OrgDatabase org = OrgDatabase.open(Path.of("data/org"))) { ... }   // persistent
 * try (OrgDatabase org = OrgDatabase.inMemory()) { ... }                   // for tests
 * }</pre>
 *
 * <p>DML is attributed to the admin user unless {@link #actingAs(String)} names another, and runs
 * with Salesforce's default options unless {@link #withOptions(DmlOptions)} sets others.
 *
 * <p>Time is kept to the millisecond, as Salesforce keeps it: the audit fields, TODAY and
 * {@link #serverTime()} all read one clock ticking in whole milliseconds, so a SystemModstamp means
 * in a filter exactly what it reads on the wire (and what it reads after a restart).
 */
public final class OrgDatabase implements OrgData {

    private final OrgStore store;
    private final OrgRules rules = new OrgRules();
    private final DmlEngine dml;
    private final Upserter upserter;
    private final LeadConverter converter;
    private final QueryEngine queries;
    private final OrgUsers users;
    private final String adminId;
    private final Clock clock;

    private OrgDatabase(Persistence persistence, Clock baseClock) {
        this.clock = Clock.tick(baseClock, Duration.ofMillis(1));
        OrgSchema schema = OrgSchema.standard();
        this.store = new OrgStore(schema, persistence);
        OrgSeed.seedIfNew(store, clock.instant());
        ValueParser parser = new ValueParser(schema);
        this.dml = new DmlEngine(store, new InputReader(schema, parser), rules, clock);
        this.upserter = new Upserter(dml, parser);
        this.converter = new LeadConverter(store, dml);
        this.queries = new QueryEngine(store, clock);
        this.users = new OrgUsers(store);
        this.adminId = userByUsername("admin@reveal-sync.local").map(OrgUser::id).orElseThrow();
    }

    /** Opens (or creates) the org kept in a data folder; its records survive a restart. */
    public static OrgDatabase open(Path dataDir) {
        return open(dataDir, Clock.systemUTC());
    }

    /** Opens (or creates) the org kept in a data folder, with a given clock for its audit fields. */
    public static OrgDatabase open(Path dataDir, Clock clock) {
        return new OrgDatabase(Persistence.mvStore(dataDir), clock);
    }

    /** A fresh org kept only in memory. */
    public static OrgDatabase inMemory() {
        return new OrgDatabase(Persistence.none(), Clock.systemUTC());
    }

    /** A fresh in-memory org with a given clock (for TODAY and the audit fields in tests). */
    public static OrgDatabase inMemory(Clock clock) {
        return new OrgDatabase(Persistence.none(), clock);
    }

    /** The org's custom validation and duplicate rules, none by default; tests add them. */
    public OrgRules rules() {
        return rules;
    }

    /** The admin user's id: the default author of DML. */
    public String adminUserId() {
        return adminId;
    }

    @Override
    public OrgData actingAs(String userId) {
        return new OrgView(this, Caller.of(requireUser(userId)));
    }

    @Override
    public OrgData withOptions(DmlOptions options) {
        return new OrgView(this, new Caller(adminId, options));
    }

    String requireUser(String userId) {
        return userById(userId).map(OrgUser::id).orElseThrow(() -> new IllegalArgumentException("no such user: " + userId));
    }

    @Override
    public String organizationId() {
        return OrgSeed.ORG_ID;
    }

    @Override
    public String organizationName() {
        return OrgSeed.ORG_NAME;
    }

    @Override
    public List<String> objectNames() {
        return store.schema().names();
    }

    @Override
    public SObjectSchema describe(String objectName) {
        return store.schema().require(objectName).schema();
    }

    @Override
    public List<SaveResult> create(List<RecordInput> records) {
        return dml.create(records, Caller.of(adminId));
    }

    @Override
    public List<SaveResult> update(List<RecordInput> records) {
        return dml.update(records, Caller.of(adminId));
    }

    @Override
    public List<SaveResult> upsert(String externalIdField, List<RecordInput> records) {
        return upserter.upsert(externalIdField, records, Caller.of(adminId));
    }

    @Override
    public List<SaveResult> delete(List<String> ids) {
        return dml.delete(ids, Caller.of(adminId));
    }

    @Override
    public List<LeadConvertResult> convertLead(List<LeadConvertRequest> requests) {
        return converter.convert(requests, adminId);
    }

    List<SaveResult> create(List<RecordInput> records, Caller caller) {
        return dml.create(records, caller);
    }

    List<SaveResult> update(List<RecordInput> records, Caller caller) {
        return dml.update(records, caller);
    }

    List<SaveResult> upsert(String externalIdField, List<RecordInput> records, Caller caller) {
        return upserter.upsert(externalIdField, records, caller);
    }

    List<SaveResult> delete(List<String> ids, Caller caller) {
        return dml.delete(ids, caller);
    }

    List<LeadConvertResult> convertLead(List<LeadConvertRequest> requests, String actorId) {
        return converter.convert(requests, actorId);
    }

    @Override
    public List<Optional<QueryRecord>> retrieve(String fieldList, String objectName, List<String> ids) {
        return queries.retrieve(fieldList, objectName, ids);
    }

    @Override
    public QueryPage query(String soql, int batchSize) {
        return queries.query(soql, batchSize);
    }

    @Override
    public QueryPage queryAll(String soql, int batchSize) {
        return queries.queryAll(soql, batchSize);
    }

    @Override
    public QueryPage queryMore(String queryLocator, int batchSize) {
        return queries.queryMore(queryLocator, batchSize);
    }

    @Override
    public Instant serverTime() {
        return clock.instant();
    }

    @Override
    public Optional<OrgUser> userByUsername(String username) {
        return users.byUsername(username);
    }

    @Override
    public Optional<OrgUser> userById(String userId) {
        return users.byId(userId);
    }

    @Override
    public Map<String, Long> recordCounts() {
        return store.liveCounts();
    }

    @Override
    public void close() {
        store.close();
    }
}
