package com.revealsync.org.data;

import com.revealsync.org.data.dml.DmlEngine;
import com.revealsync.org.data.dml.Upserter;
import com.revealsync.org.data.schema.ObjectMeta;
import com.revealsync.org.data.schema.OrgSchema;
import com.revealsync.org.data.soql.QueryEngine;
import com.revealsync.org.data.store.OrgStore;
import com.revealsync.org.data.dml.LeadConverter;
import com.revealsync.org.data.store.Persistence;
import com.revealsync.org.data.store.StoredRecord;
import com.revealsync.org.data.validation.InputReader;
import com.revealsync.org.data.validation.OrgRules;
import com.revealsync.org.data.value.ValueParser;
import java.nio.file.Path;
import java.time.Clock;
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
 * <p>DML is attributed to the admin user unless {@link #actingAs(String)} names another.
 */
public final class OrgDatabase implements OrgData {

    private final OrgStore store;
    private final OrgRules rules = new OrgRules();
    private final DmlEngine dml;
    private final Upserter upserter;
    private final LeadConverter converter;
    private final QueryEngine queries;
    private final String adminId;

    private OrgDatabase(Persistence persistence, Clock clock) {
        OrgSchema schema = OrgSchema.standard();
        this.store = new OrgStore(schema, persistence);
        OrgSeed.seedIfNew(store, clock.instant());
        ValueParser parser = new ValueParser(schema);
        this.dml = new DmlEngine(store, new InputReader(parser), rules, clock);
        this.upserter = new Upserter(dml, parser);
        this.converter = new LeadConverter(store, dml);
        this.queries = new QueryEngine(store, clock);
        this.adminId = userByUsername("admin@reveal-sync.local").map(OrgUser::id).orElseThrow();
    }

    /** Opens (or creates) the org kept in a data folder; its records survive a restart. */
    public static OrgDatabase open(Path dataDir) {
        return new OrgDatabase(Persistence.mvStore(dataDir), Clock.systemUTC());
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
        return new ActingOrg(this, userById(userId).map(OrgUser::id)
                .orElseThrow(() -> new IllegalArgumentException("no such user: " + userId)));
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
        return dml.create(records, adminId);
    }

    @Override
    public List<SaveResult> update(List<RecordInput> records) {
        return dml.update(records, adminId);
    }

    @Override
    public List<SaveResult> upsert(String externalIdField, List<RecordInput> records) {
        return upserter.upsert(externalIdField, records, adminId);
    }

    @Override
    public List<SaveResult> delete(List<String> ids) {
        return dml.delete(ids, adminId);
    }

    @Override
    public List<LeadConvertResult> convertLead(List<LeadConvertRequest> requests) {
        return converter.convert(requests, adminId);
    }

    List<SaveResult> create(List<RecordInput> records, String actorId) {
        return dml.create(records, actorId);
    }

    List<SaveResult> update(List<RecordInput> records, String actorId) {
        return dml.update(records, actorId);
    }

    List<SaveResult> upsert(String externalIdField, List<RecordInput> records, String actorId) {
        return upserter.upsert(externalIdField, records, actorId);
    }

    List<SaveResult> delete(List<String> ids, String actorId) {
        return dml.delete(ids, actorId);
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
    public QueryPage queryMore(String queryLocator, int batchSize) {
        return queries.queryMore(queryLocator, batchSize);
    }

    @Override
    public Optional<OrgUser> userByUsername(String username) {
        ObjectMeta user = store.schema().require("User");
        return store.read(() -> store.table(user).lookup(user.require("Username"), username).stream().findFirst()
                .flatMap(store::findLive).map(this::toUser));
    }

    @Override
    public Optional<OrgUser> userById(String userId) {
        return com.revealsync.org.data.id.SalesforceIds.normalize(userId)
                .flatMap(id -> store.read(() -> store.findLive(id)))
                .filter(r -> r.meta().name().equals("User")).map(this::toUser);
    }

    private OrgUser toUser(StoredRecord r) {
        char[] password = store.persistence().setting(OrgSeed.passwordKey(r.id())).map(String::toCharArray).orElse(new char[0]);
        return new OrgUser(r.id(), (String) r.value("Username"), (String) r.value("Email"), (String) r.value("Name"),
                (String) r.value("ProfileId"), (String) r.value("TimeZoneSidKey"), (String) r.value("LocaleSidKey"),
                (String) r.value("LanguageLocaleKey"), password);
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
