package com.revealsync.org.data;

import static com.revealsync.org.data.OrgTestSupport.lead;
import static com.revealsync.org.data.OrgTestSupport.record;
import static com.revealsync.org.data.OrgTestSupport.withId;
import static com.revealsync.org.data.OrgTestSupport.withIdAndNulls;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DmlTest {

    private final OrgDatabase org = OrgDatabase.inMemory();

    @AfterEach
    void close() {
        org.close();
    }

    private String createLead(String... more) {
        SaveResult result = org.create(List.of(lead("Smith", "Acme", more))).get(0);
        assertThat(result.errors()).isEmpty();
        return result.id();
    }

    private QueryRecord leadById(String id, String fields) {
        return org.retrieve(fields, "Lead", List.of(id)).get(0).orElseThrow();
    }

    @Test
    void updateChangesFieldsAndFieldsToNullClearsThem() {
        String id = createLead("Phone", "+1 555", "Title", "CTO");

        SaveResult result = org.update(List.of(withIdAndNulls("Lead", id, Set.of("Phone"), "Title", "CEO"))).get(0);

        assertThat(result).isEqualTo(SaveResult.ok(id, false));
        assertThat(leadById(id, "Phone, Title").fields()).containsEntry("Phone", null).containsEntry("Title", "CEO");
    }

    @Test
    void updateAcceptsFifteenCharacterIdsAndMovesLastModified() throws InterruptedException {
        String id = createLead();
        QueryRecord before = leadById(id, "CreatedDate, LastModifiedDate");

        assertThat(org.update(List.of(withId("Lead", id.substring(0, 15), "FirstName", "Jo"))).get(0).success()).isTrue();

        QueryRecord after = leadById(id, "Name, CreatedDate, LastModifiedDate, SystemModstamp, LastModifiedById");
        assertThat(after.fields()).containsEntry("Name", "Jo Smith").containsEntry("LastModifiedById", org.adminUserId())
                .containsEntry("CreatedDate", before.fields().get("CreatedDate"));
        assertThat((String) after.fields().get("LastModifiedDate")).isGreaterThanOrEqualTo((String) before.fields().get("LastModifiedDate"));
    }

    @Test
    void updateErrors() {
        String id = createLead();
        String other = createLead();
        List<SaveResult> results = org.update(List.of(
                withId("Lead", null, "Title", "x"),
                withId("Lead", "garbage", "Title", "x"),
                withId("Lead", "00QRS000000zzzz", "Title", "x"),
                withId("Lead", other, "LastName", ""),
                withId("Lead", id, "Title", "a"),
                withId("Lead", id, "Title", "b"),
                withIdAndNulls("Lead", id.substring(0, 15), Set.of("Company"))));

        assertThat(results).extracting(r -> r.errors().isEmpty() ? "ok" : r.errors().get(0).statusCode() + ": " + r.errors().get(0).message())
                .containsExactly(
                        "MISSING_ARGUMENT: Id not specified in an update call",
                        "MALFORMED_ID: Lead ID: id value of incorrect type: garbage",
                        "INVALID_CROSS_REFERENCE_KEY: invalid cross reference id",
                        "REQUIRED_FIELD_MISSING: Required fields are missing: [LastName]",
                        "ok",
                        "DUPLICATE_VALUE: Duplicate id in list: " + id,
                        "DUPLICATE_VALUE: Duplicate id in list: " + id);
    }

    @Test
    void updateOfAFieldThatIsNotUpdateableIsRefused() {
        String id = createLead();

        SaveResult result = org.update(List.of(withId("Lead", id, "IsConverted", "true"))).get(0);

        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.statusCode()).isEqualTo("INVALID_FIELD_FOR_INSERT_UPDATE");
            assertThat(e.fields()).containsExactly("IsConverted");
        });
    }

    @Test
    void upsertOnExternalIdCreatesThenUpdates() {
        List<SaveResult> first = org.upsert("Lusha_Id__c", List.of(lead("Smith", "Acme", "Lusha_Id__c", "L-1")));
        List<SaveResult> second = org.upsert("lusha_id__c", List.of(lead("Smith", "Acme Inc", "Lusha_Id__c", "l-1")));

        assertThat(first.get(0).created()).isTrue();
        assertThat(second.get(0)).isEqualTo(SaveResult.ok(first.get(0).id(), false));
        assertThat(leadById(first.get(0).id(), "Company, Lusha_Id__c").fields())
                .containsEntry("Company", "Acme Inc").containsEntry("Lusha_Id__c", "L-1");
    }

    @Test
    void sameExternalIdTwiceInOneCallFailsBoth() {
        List<SaveResult> results = org.upsert("Lusha_Id__c", List.of(
                lead("A", "Acme", "Lusha_Id__c", "dup"), lead("B", "Acme", "Lusha_Id__c", "DUP"), lead("C", "Acme", "Lusha_Id__c", "x")));

        assertThat(results).extracting(SaveResult::success).containsExactly(false, false, true);
        assertThat(results.get(0).errors()).singleElement().isEqualTo(new OrgError("DUPLICATE_EXTERNAL_ID",
                "Duplicate external id specified: dup", List.of("Lusha_Id__c")));
    }

    @Test
    void upsertOnANonUniqueLookupFieldMatchingSeveralRecordsFails() {
        String a = createLead("Email", "same@acme.com");
        String b = createLead("Email", "SAME@acme.com");

        SaveResult result = org.upsert("Email", List.of(lead("C", "Acme", "Email", "same@acme.com"))).get(0);

        assertThat(result.errors()).singleElement().isEqualTo(new OrgError("DUPLICATE_EXTERNAL_ID",
                "Email: more than one record found for external id field: [" + a + ", " + b + "]", List.of("Email")));
    }

    @Test
    void upsertWithoutTheKeyValueOrOnAFieldThatIsNoKey() {
        SaveResult missing = org.upsert("Lusha_Id__c", List.of(lead("A", "Acme"))).get(0);
        assertThat(missing.errors()).singleElement().isEqualTo(
                new OrgError("MISSING_ARGUMENT", "Lusha_Id__c not specified", List.of("Lusha_Id__c")));

        assertThatThrownBy(() -> org.upsert("Title", List.of(lead("A", "Acme", "Title", "x"))))
                .isInstanceOfSatisfying(OrgFault.class, f -> assertThat(f.exceptionCode()).isEqualTo("INVALID_FIELD"))
                .hasMessage("Field name provided, Title is not an External ID or indexed field for Lead");
    }

    @Test
    void upsertOnIdUpdatesRecordsWithAnIdAndCreatesTheOthers() {
        String id = createLead();

        List<SaveResult> results = org.upsert("Id", List.of(lead("New", "Acme"), withId("Lead", id, "Title", "CEO")));

        assertThat(results.get(0).created()).isTrue();
        assertThat(results.get(1)).isEqualTo(SaveResult.ok(id, false));
    }

    @Test
    void upsertOfAConvertedLeadIsRefused() {
        String id = createLead("Lusha_Id__c", "conv");
        org.convertLead(List.of(LeadConvertRequest.of(id)));

        SaveResult result = org.upsert("Lusha_Id__c", List.of(lead("Smith", "Acme", "Lusha_Id__c", "conv"))).get(0);

        assertThat(result.errors()).extracting(OrgError::statusCode).containsExactly("CANNOT_UPDATE_CONVERTED_LEAD");
    }

    @Test
    void deleteIsSoftAndHidesTheRecord() {
        String id = createLead("Lusha_Id__c", "del");

        List<SaveResult> results = org.delete(List.of(id, id, "bad", "00QRS000000zzzz"));

        assertThat(results).extracting(r -> r.success() ? "ok" : r.errors().get(0).statusCode())
                .containsExactly("ok", "ENTITY_IS_DELETED", "MALFORMED_ID", "INVALID_CROSS_REFERENCE_KEY");
        assertThat(org.query("SELECT Id FROM Lead", 0).totalSize()).isZero();
        assertThat(org.retrieve("Id", "Lead", List.of(id))).containsExactly(Optional.empty());
        assertThat(org.recordCounts()).containsEntry("Lead", 0L);
        assertThat(org.create(List.of(lead("Again", "Acme", "Lusha_Id__c", "del"))).get(0).success())
                .as("a deleted record no longer holds its unique value").isTrue();
    }

    @Test
    void deletingAnAccountDeletesItsContacts() {
        String acme = org.create(List.of(record("Account", "Name", "Acme"))).get(0).id();
        String other = org.create(List.of(record("Account", "Name", "Other"))).get(0).id();
        org.create(List.of(record("Contact", "LastName", "A", "AccountId", acme), record("Contact", "LastName", "B", "AccountId", acme),
                record("Contact", "LastName", "C", "AccountId", other), record("Contact", "LastName", "D")));

        assertThat(org.delete(List.of(acme)).get(0).success()).isTrue();

        assertThat(org.query("SELECT LastName FROM Contact ORDER BY LastName", 0).records())
                .extracting(r -> r.fields().get("LastName")).containsExactly("C", "D");
    }

    @Test
    void retrieveGivesRecordsInRequestOrderAndEmptyForUnknownIds() {
        String a = createLead("FirstName", "A");
        String b = createLead("FirstName", "B");

        List<Optional<QueryRecord>> found = org.retrieve("Id, FirstName", "Lead", List.of(b, "00QRS000000zzzz", a.substring(0, 15)));

        assertThat(found.get(0)).hasValueSatisfying(r -> assertThat(r.fields()).containsEntry("FirstName", "B"));
        assertThat(found.get(1)).isEmpty();
        assertThat(found.get(2)).hasValueSatisfying(r -> assertThat(r.fields()).containsEntry("Id", a));
    }

    @Test
    void retrieveOfAnUnknownFieldOrWithABadIdIsAFault() {
        assertThatThrownBy(() -> org.retrieve("Id, Foo", "Lead", List.of()))
                .isInstanceOfSatisfying(OrgFault.class, f -> assertThat(f.exceptionCode()).isEqualTo("INVALID_FIELD"))
                .hasMessageStartingWith("No such column 'Foo' on entity 'Lead'.");
        assertThatThrownBy(() -> org.retrieve("Id", "Lead", List.of("nope")))
                .isInstanceOfSatisfying(OrgFault.class, f -> assertThat(f.exceptionCode()).isEqualTo("MALFORMED_ID"));
    }

    @Test
    void convertLeadCreatesAccountAndContactAndMarksTheLead() {
        String id = createLead("FirstName", "Jo", "Email", "jo@acme.com", "Lusha_Id__c", "L-9", "City", "Paris");

        LeadConvertResult result = org.convertLead(List.of(LeadConvertRequest.of(id))).get(0);

        assertThat(result.success()).isTrue();
        assertThat(leadById(id, "IsConverted, Status, ConvertedAccountId, ConvertedContactId, ConvertedDate").fields())
                .containsEntry("IsConverted", "true").containsEntry("Status", "Closed - Converted")
                .containsEntry("ConvertedAccountId", result.accountId()).containsEntry("ConvertedContactId", result.contactId())
                .hasEntrySatisfying("ConvertedDate", d -> assertThat((String) d).matches("\\d{4}-\\d\\d-\\d\\d"));
        QueryRecord contact = org.retrieve("Name, Email, Lusha_Id__c, MailingCity, AccountId, Account.Name", "Contact",
                List.of(result.contactId())).get(0).orElseThrow();
        assertThat(contact.fields()).containsEntry("Name", "Jo Smith").containsEntry("Email", "jo@acme.com")
                .containsEntry("Lusha_Id__c", "L-9").containsEntry("MailingCity", "Paris")
                .containsEntry("AccountId", result.accountId())
                .containsEntry("Account", new QueryRecord("Account", java.util.Map.of("Name", "Acme")));
    }

    @Test
    void convertLeadIntoAnExistingAccountAndRefusalsLeaveNothingBehind() {
        String account = org.create(List.of(record("Account", "Name", "Existing"))).get(0).id();
        String id = createLead();

        LeadConvertResult badStatus = org.convertLead(List.of(new LeadConvertRequest(id, account, null, "Open", true, null))).get(0);
        LeadConvertResult ok = org.convertLead(List.of(new LeadConvertRequest(id, account, null, "Closed - Converted", true, null))).get(0);
        LeadConvertResult again = org.convertLead(List.of(LeadConvertRequest.of(id))).get(0);

        assertThat(badStatus.errors()).extracting(OrgError::statusCode).containsExactly("INVALID_STATUS");
        assertThat(ok.accountId()).isEqualTo(account);
        assertThat(again.errors()).extracting(OrgError::statusCode).containsExactly("CANNOT_UPDATE_CONVERTED_LEAD");
        assertThat(org.recordCounts()).containsEntry("Account", 1L).containsEntry("Contact", 1L);
    }

    @Test
    void referenceCanBeSetThroughTheParentsExternalId() {
        String account = org.create(List.of(record("Account", "Name", "Acme", "Lusha_Company_Id__c", "C-1"))).get(0).id();

        List<SaveResult> results = org.upsert("Lusha_Id__c", List.of(
                record("Contact", "LastName", "Doe", "Lusha_Id__c", "P-1", "Account.Lusha_Company_Id__c", "c-1"),
                record("Contact", "LastName", "Roe", "Lusha_Id__c", "P-2", "Account.Lusha_Company_Id__c", "C-404"),
                record("Contact", "LastName", "Poe", "Lusha_Id__c", "P-3", "Account.Nope__c", "x")));

        assertThat(results.get(0).success()).isTrue();
        assertThat(org.retrieve("AccountId", "Contact", List.of(results.get(0).id())).get(0).orElseThrow().fields())
                .containsEntry("AccountId", account);
        assertThat(results.get(1).errors()).singleElement().isEqualTo(new OrgError("INVALID_FIELD",
                "Foreign key external ID: C-404 not found for field Lusha_Company_Id__c in entity Account", List.of()));
        assertThat(results.get(2).errors()).singleElement().isEqualTo(new OrgError("INVALID_FIELD",
                "No such column 'Account.Nope__c' on sobject of type Contact", List.of("Account.Nope__c")));

        SaveResult moved = org.upsert("Lusha_Id__c", List.of(record("Contact", "LastName", "Doe", "Lusha_Id__c", "P-1",
                "Account.Lusha_Company_Id__c", ""))).get(0);
        assertThat(moved.success()).isTrue();
        assertThat(org.retrieve("AccountId", "Contact", List.of(moved.id())).get(0).orElseThrow().fields())
                .containsEntry("AccountId", null);
    }

    @Test
    void actingUserIsRecordedAsCreatorAndDefaultOwner() {
        String rep = org.userByUsername("rep@reveal-sync.local").orElseThrow().id();

        String id = org.actingAs(rep).create(List.of(lead("Smith", "Acme"))).get(0).id();

        assertThat(leadById(id, "OwnerId, CreatedById, LastModifiedById").fields())
                .containsEntry("OwnerId", rep).containsEntry("CreatedById", rep).containsEntry("LastModifiedById", rep);
    }

    @Test
    void unknownObjectTypeIsAFault() {
        assertThatThrownBy(() -> org.create(List.of(record("Foo", "Name", "x"))))
                .isInstanceOfSatisfying(OrgFault.class, f -> {
                    assertThat(f.exceptionCode()).isEqualTo("INVALID_TYPE");
                    assertThat(f.kind()).isEqualTo(OrgFault.Kind.INVALID_SOBJECT);
                })
                .hasMessageStartingWith("sObject type 'Foo' is not supported.");
    }

    @Test
    void usersCannotBeCreatedThroughTheApi() {
        SaveResult result = org.create(List.of(record("User", "LastName", "X"))).get(0);

        assertThat(result.errors()).extracting(OrgError::statusCode).containsExactly("INVALID_TYPE_FOR_OPERATION");
    }
}
