package com.revealsync.org.data;

import static com.revealsync.org.data.OrgTestSupport.lead;
import static com.revealsync.org.data.OrgTestSupport.record;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PersistenceTest {

    @TempDir
    Path dataDir;

    @Test
    void recordsUsersAndIdsSurviveAReopen() {
        String leadId;
        String deletedId;
        String orgId;
        try (OrgDatabase org = OrgDatabase.open(dataDir)) {
            orgId = org.organizationId();
            leadId = org.create(List.of(lead("Smith", "Acme", "Email", "jo@acme.com", "NumberOfEmployees", "12",
                    "AnnualRevenue", "2500000", "Lusha_Id__c", "L-1"))).get(0).id();
            deletedId = org.create(List.of(lead("Gone", "Acme"))).get(0).id();
            org.delete(List.of(deletedId));
        }

        try (OrgDatabase org = OrgDatabase.open(dataDir)) {
            assertThat(org.organizationId()).isEqualTo(orgId);
            assertThat(org.recordCounts()).containsEntry("Lead", 1L).containsEntry("User", 3L);
            QueryRecord lead = org.query("SELECT Id, Name, NumberOfEmployees, AnnualRevenue, Status, CreatedDate"
                    + " FROM Lead WHERE Lusha_Id__c = 'l-1'", 0).records().get(0);
            assertThat(lead.fields()).containsEntry("Id", leadId).containsEntry("Name", "Smith")
                    .containsEntry("NumberOfEmployees", "12").containsEntry("AnnualRevenue", "2500000.0")
                    .containsEntry("Status", "Open - Not Contacted");
            assertThat(org.update(List.of(OrgTestSupport.withId("Lead", deletedId, "Title", "x"))).get(0).errors())
                    .extracting(OrgError::statusCode).containsExactly("ENTITY_IS_DELETED");

            String next = org.create(List.of(lead("Next", "Acme"))).get(0).id();
            assertThat(next).isNotIn(leadId, deletedId);
            assertThat(next.substring(0, 15)).isGreaterThan(deletedId.substring(0, 15));
            assertThat(org.create(List.of(lead("Dup", "Acme", "Lusha_Id__c", "L-1"))).get(0).errors())
                    .as("indexes are rebuilt on open").extracting(OrgError::statusCode).containsExactly("DUPLICATE_VALUE");
            assertThat(org.userByUsername("rep@reveal-sync.local")).isPresent();
        }
    }

    @Test
    void aDataFolderInUseIsRefusedWithAClearMessage() {
        try (OrgDatabase first = OrgDatabase.open(dataDir)) {
            assertThatThrownBy(() -> OrgDatabase.open(dataDir))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("cannot open the org data file " + dataDir.resolve("org.mv.db"));
            assertThat(first.recordCounts()).containsEntry("User", 3L);
        }
    }

    @Test
    void usersAreSeededOnceOnly() {
        try (OrgDatabase org = OrgDatabase.open(dataDir)) {
            org.create(List.of(record("Account", "Name", "Acme")));
        }
        try (OrgDatabase org = OrgDatabase.open(dataDir)) {
            assertThat(org.recordCounts()).containsEntry("User", 3L).containsEntry("Account", 1L);
            assertThat(org.query("SELECT Username FROM User ORDER BY Username", 0).records())
                    .extracting(r -> r.fields().get("Username"))
                    .containsExactly("admin@reveal-sync.local", "manager@reveal-sync.local", "rep@reveal-sync.local");
        }
    }
}
