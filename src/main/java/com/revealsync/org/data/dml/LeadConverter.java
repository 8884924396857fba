package com.revealsync.org.data.dml;

import com.revealsync.org.data.LeadConvertRequest;
import com.revealsync.org.data.LeadConvertResult;
import com.revealsync.org.data.OrgError;
import com.revealsync.org.data.id.SalesforceIds;
import com.revealsync.org.data.schema.ObjectMeta;
import com.revealsync.org.data.store.OrgStore;
import com.revealsync.org.data.store.StoredRecord;
import com.revealsync.org.data.validation.FieldChanges;
import com.revealsync.org.data.value.OrgErrors;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A minimal convertLead: per lead, creates an Account (from Company and the address) unless one is
 * given, creates a Contact (from the person's fields, Lusha_Id__c and LinkedIn_URL__c included, as
 * an admin maps custom lead fields) unless one is given, then marks the lead converted with its
 * Converted* fields. All of a lead's records are checked before any is saved, so a failure leaves
 * nothing half done.
 */
public final class LeadConverter {

    /** The lead fields copied to the new Account and Contact. */
    private static final Map<String, String> TO_ACCOUNT = Map.of("Company", "Name", "Website", "Website",
            "Phone", "Phone", "Industry", "Industry", "AnnualRevenue", "AnnualRevenue",
            "NumberOfEmployees", "NumberOfEmployees", "Street", "BillingStreet", "City", "BillingCity",
            "State", "BillingState", "Country", "BillingCountry");
    private static final Map<String, String> TO_CONTACT = Map.ofEntries(Map.entry("FirstName", "FirstName"),
            Map.entry("LastName", "LastName"), Map.entry("Email", "Email"), Map.entry("Phone", "Phone"),
            Map.entry("MobilePhone", "MobilePhone"), Map.entry("Title", "Title"), Map.entry("LeadSource", "LeadSource"),
            Map.entry("Description", "Description"), Map.entry("City", "MailingCity"), Map.entry("State", "MailingState"),
            Map.entry("Country", "MailingCountry"), Map.entry("PostalCode", "MailingPostalCode"),
            Map.entry("Street", "MailingStreet"), Map.entry("Lusha_Id__c", "Lusha_Id__c"),
            Map.entry("LinkedIn_URL__c", "LinkedIn_URL__c"));
    private static final String CONVERTED_STATUS = "Closed - Converted";

    private final OrgStore store;
    private final RecordWriter writer;
    private final DmlEngine engine;

    public LeadConverter(OrgStore store, DmlEngine engine) {
        this.store = store;
        this.engine = engine;
        this.writer = engine.writer();
    }

    public List<LeadConvertResult> convert(List<LeadConvertRequest> requests, String actorId) {
        return store.write(() -> {
            Stamp stamp = engine.stamp(actorId);
            List<LeadConvertResult> results = new ArrayList<>();
            for (LeadConvertRequest request : requests) {
                results.add(convertOne(request, stamp));
            }
            return results;
        });
    }

    private LeadConvertResult convertOne(LeadConvertRequest request, Stamp stamp) {
        ObjectMeta leads = store.schema().require("Lead");
        Optional<String> leadId = SalesforceIds.normalize(request.leadId());
        if (leadId.isEmpty() || !SalesforceIds.keyPrefix(leadId.get()).equals(leads.keyPrefix())) {
            return LeadConvertResult.failed(request.leadId(), List.of(OrgErrors.malformedRecordId(request.leadId())));
        }
        Optional<StoredRecord> found = store.table(leads).get(leadId.get());
        if (found.isEmpty()) {
            return LeadConvertResult.failed(leadId.get(), List.of(OrgErrors.invalidCrossReference(List.of("LeadId"))));
        }
        StoredRecord lead = found.get();
        OrgError refused = lead.isDeleted() ? OrgErrors.entityIsDeleted()
                : RecordWriter.isConvertedLead(lead) ? OrgErrors.convertedLead()
                : !CONVERTED_STATUS.equals(request.convertedStatus())
                ? new OrgError("INVALID_STATUS", "invalid convertedStatus: " + request.convertedStatus(), List.of("ConvertedStatus"))
                : null;
        if (refused != null) {
            return LeadConvertResult.failed(lead.id(), List.of(refused));
        }
        Optional<StoredRecord> account = existing(request.accountId(), "Account");
        Optional<StoredRecord> contact = existing(request.contactId(), "Contact");
        if ((request.accountId() != null && account.isEmpty()) || (request.contactId() != null && contact.isEmpty())) {
            return LeadConvertResult.failed(lead.id(), List.of(OrgErrors.invalidCrossReference(
                    List.of(account.isEmpty() && request.accountId() != null ? "AccountId" : "ContactId"))));
        }
        RecordWriter.Prepared newAccount = account.isPresent() ? null : writer.prepare(store.schema().require("Account"),
                copy(lead, "Account", TO_ACCOUNT, request.ownerId()), stamp);
        RecordWriter.Prepared newContact = contact.isPresent() ? null : writer.prepare(store.schema().require("Contact"),
                copy(lead, "Contact", TO_CONTACT, request.ownerId()), stamp);
        for (RecordWriter.Prepared prepared : new RecordWriter.Prepared[] {newAccount, newContact}) {
            if (prepared != null && !prepared.ok()) {
                return LeadConvertResult.failed(lead.id(), prepared.errors());
            }
        }
        String accountId = account.map(StoredRecord::id).orElseGet(() -> writer.commit(newAccount, stamp));
        String contactId;
        if (newContact != null) {
            newContact.values()[newContact.meta().require("AccountId")] = accountId;
            contactId = writer.commit(newContact, stamp);
        } else {
            contactId = contact.get().id();
        }
        Map<Integer, Object> converted = new HashMap<>();
        converted.put(leads.require("IsConverted"), Boolean.TRUE);
        converted.put(leads.require("Status"), CONVERTED_STATUS);
        converted.put(leads.require("ConvertedDate"), LocalDate.ofInstant(stamp.now(), ZoneOffset.UTC));
        converted.put(leads.require("ConvertedAccountId"), accountId);
        converted.put(leads.require("ConvertedContactId"), contactId);
        var saved = writer.apply(lead, converted, stamp);
        if (!saved.success()) {
            return LeadConvertResult.failed(lead.id(), saved.errors());
        }
        return new LeadConvertResult(lead.id(), accountId, contactId, null, true, List.of());
    }

    private Optional<StoredRecord> existing(String id, String objectName) {
        if (id == null) {
            return Optional.empty();
        }
        return SalesforceIds.normalize(id).flatMap(store::findLive).filter(r -> r.meta().name().equals(objectName));
    }

    private FieldChanges copy(StoredRecord lead, String target, Map<String, String> mapping, String ownerId) {
        ObjectMeta meta = store.schema().require(target);
        Map<Integer, Object> values = new HashMap<>();
        mapping.forEach((from, to) -> {
            Object value = lead.value(from);
            if (value != null) {
                values.put(meta.require(to), value);
            }
        });
        Object owner = ownerId != null ? SalesforceIds.normalize(ownerId).orElse(ownerId) : lead.value("OwnerId");
        values.put(meta.require("OwnerId"), owner);
        return new FieldChanges(values, List.of());
    }
}
