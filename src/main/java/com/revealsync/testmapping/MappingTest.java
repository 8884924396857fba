package com.revealsync.testmapping;

import com.revealsync.lusha.RecordType;
import com.revealsync.mapping.AccountRef;
import com.revealsync.mapping.AccountWrite;
import com.revealsync.mapping.ExportCode;
import com.revealsync.mapping.ExportPlan;
import com.revealsync.mapping.MappingProcessor;
import com.revealsync.mapping.SystemFields;
import com.revealsync.mapping.WriteAction;
import com.revealsync.mapping.match.ExistingRecord;
import com.revealsync.mapping.match.MatchCandidates;
import com.revealsync.mapping.profile.AccountExportPreferences;
import com.revealsync.salesforce.RecordWrite;
import com.revealsync.salesforce.SalesforceApiException;
import com.revealsync.salesforce.SalesforceError;
import com.revealsync.salesforce.SalesforceGateway;
import com.revealsync.salesforce.WriteOutcomeUnknownException;
import com.revealsync.salesforce.WriteResult;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One Test Mapping run: plans the dummy Lead and Contact with the real mapping processor, creates the
 * Account, the Contact linked to it and the Lead with plain creates, and deletes whatever it created
 * at once, also when something failed half-way. Salesforce's errors are reported per record type.
 */
final class MappingTest {

    private final SalesforceGateway gateway;
    private final MappingProcessor processor;
    private final LenientProfile profile;
    private final DummyContacts dummies;
    private final AccountExportPreferences prefs;
    private final Map<RecordType, TypeResult> results = new EnumMap<>(RecordType.class);
    private final DummyCleanup cleanup;

    MappingTest(SalesforceGateway gateway, MappingProcessor processor, LenientProfile profile, DummyContacts dummies,
                DummyCleanup cleanup) {
        this.gateway = gateway;
        this.processor = processor;
        this.profile = profile;
        this.dummies = dummies;
        this.prefs = processor.profile().accountPreferences();
        this.cleanup = cleanup;
    }

    MappingTestReport run() {
        List<String> leftBehind;
        try {
            results.put(RecordType.Lead, lead());
            contactAndAccount();
        } finally {
            leftBehind = cleanup.deleteAll();
        }
        List<TypeResult> ordered = new ArrayList<>();
        for (RecordType type : RecordType.values()) {
            TypeResult r = results.get(type);
            ordered.add(r.status() == TypeResult.Status.NOT_TESTED ? r : r.noting(profile.notes(type)));
        }
        return new MappingTestReport(ordered, leftBehind);
    }

    private TypeResult lead() {
        if (!prefs.allows(RecordType.Lead)) {
            return TypeResult.notTested(RecordType.Lead, "Leads are not exported with this profile (account export preferences)");
        }
        ExportPlan plan = processor.plan(dummies.lead(), RecordType.Lead, MatchCandidates.none());
        if (plan instanceof ExportPlan.Skip skip) {
            return TypeResult.refused(RecordType.Lead, skip, warnings(plan));
        }
        return create(RecordType.Lead, ((ExportPlan.Write) plan).record().values(), warnings(plan));
    }

    private void contactAndAccount() {
        if (!prefs.allows(RecordType.Contact)) {
            results.put(RecordType.Contact, TypeResult.notTested(RecordType.Contact,
                    "Contacts are not exported with this profile (account export preferences)"));
            results.put(RecordType.Account, TypeResult.notTested(RecordType.Account,
                    "Accounts are written only for Contacts, which this profile does not export"));
            return;
        }
        ExportPlan plan = processor.plan(dummies.contact(), RecordType.Contact, MatchCandidates.none());
        String plainNote = null;
        if (plan instanceof ExportPlan.Skip skip && skip.code() == ExportCode.ACCOUNT_NOT_FOUND) {
            // Account creation is off: contacts go to existing Accounts only, so the test makes a plain one
            TypeResult plain = create(RecordType.Account, Map.of("Name", DummyValues.MARK), List.of());
            if (plain.status() != TypeResult.Status.PASSED) {
                results.put(RecordType.Account, plain);
                results.put(RecordType.Contact, TypeResult.notTested(RecordType.Contact, "no Account to attach it to"));
                return;
            }
            ExistingRecord account = new ExistingRecord(RecordType.Account, plain.id(), Map.of("Name", DummyValues.MARK));
            plan = processor.plan(dummies.contact(), RecordType.Contact, new MatchCandidates(List.of(), List.of(),
                    List.of(), List.of(), List.of(account), List.of(), List.of()));
            plainNote = "Account creation is off: the Contact was attached to a plain dummy Account";
        }
        if (plan instanceof ExportPlan.Skip skip) {
            results.put(RecordType.Contact, TypeResult.refused(RecordType.Contact, skip, warnings(plan)));
            results.put(RecordType.Account, TypeResult.notTested(RecordType.Account, "the Contact was not sent"));
            return;
        }
        ExportPlan.Write write = (ExportPlan.Write) plan;
        AccountWrite account = write.account();
        String accountId = account.ref() instanceof AccountRef.Existing e ? e.id() : null;
        TypeResult accountResult;
        if (account.action() == WriteAction.CREATE) {
            accountResult = create(RecordType.Account, account.values(), List.of());
            accountId = accountResult.id();
        } else if (account.action() == WriteAction.UPDATE) {
            accountResult = update(RecordType.Account, accountId, account.values())
                    .noting(List.of((plainNote == null ? "" : plainNote + "; ") + "its mapping was tested as an update"));
        } else {
            accountResult = TypeResult.notTested(RecordType.Account, (plainNote == null ? "" : plainNote + "; ")
                    + "this profile writes nothing to Accounts (account export preferences)");
        }
        results.put(RecordType.Account, accountResult);
        Map<String, Object> contact = new LinkedHashMap<>(write.record().values());
        List<String> notes = warnings(plan);
        if (accountId != null) {
            contact.put(SystemFields.ACCOUNT_ID, accountId);
        } else {
            notes = new ArrayList<>(notes);
            notes.add("sent without an Account: the dummy Account could not be created");
        }
        results.put(RecordType.Contact, create(RecordType.Contact, contact, notes));
    }

    private TypeResult create(RecordType type, Map<String, Object> planned, List<String> notes) {
        Map<String, Object> values = withRaw(type, planned);
        try {
            WriteResult r = gateway.create(type.name(), List.of(RecordWrite.of(type.name(), values))).get(0);
            if (!r.success()) {
                return TypeResult.failed(type, r.errors(), notes);
            }
            cleanup.created(type, r.id());
            return TypeResult.passed(type, r.id(), notes);
        } catch (WriteOutcomeUnknownException e) {
            cleanup.maybeCreated(type, values);
            return TypeResult.failed(type, List.of(new SalesforceError("UNKNOWN_EXCEPTION", e.getMessage())), notes);
        } catch (SalesforceApiException e) {
            return TypeResult.failed(type, e.errors(), notes);
        }
    }

    private TypeResult update(RecordType type, String id, Map<String, Object> planned) {
        try {
            WriteResult r = gateway.update(type.name(), List.of(RecordWrite.update(type.name(), id, withRaw(type, planned)))).get(0);
            return r.success() ? TypeResult.passed(type, id, List.of()) : TypeResult.failed(type, r.errors(), List.of());
        } catch (SalesforceApiException e) {
            return TypeResult.failed(type, e.errors(), List.of());
        }
    }

    /** The planned values and the values sent as they are for Salesforce's own answer. */
    private Map<String, Object> withRaw(RecordType type, Map<String, Object> planned) {
        Map<String, Object> values = new LinkedHashMap<>(planned);
        values.putAll(profile.raw(type));
        return values;
    }

    private static List<String> warnings(ExportPlan plan) {
        return plan.warnings().stream().map(w -> "left out: " + w.code() + ": " + w.message()).toList();
    }
}
