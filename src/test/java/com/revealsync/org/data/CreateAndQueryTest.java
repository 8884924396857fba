package com.revealsync.org.data;

import static com.revealsync.org.data.OrgTestSupport.lead;
import static com.revealsync.org.data.OrgTestSupport.record;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CreateAndQueryTest {

    private final OrgDatabase org = OrgDatabase.inMemory();

    @AfterEach
    void close() {
        org.close();
    }

    @Test
    void createdLeadIsQueryableWithDefaultsAndAuditFields() {
        List<SaveResult> results = org.create(List.of(lead("Smith", "Acme", "FirstName", "Jo", "Email", "jo@acme.com",
                "NumberOfEmployees", "120", "AnnualRevenue", "5000000")));

        assertThat(results).singleElement().satisfies(r -> {
            assertThat(r.success()).isTrue();
            assertThat(r.created()).isTrue();
            assertThat(r.id()).hasSize(18).startsWith("00Q");
        });
        QueryPage page = org.query("SELECT Id, Name, Status, IsConverted, NumberOfEmployees, AnnualRevenue, OwnerId,"
                + " CreatedById, CreatedDate FROM Lead WHERE Email = 'JO@acme.com'", 0);
        assertThat(page.totalSize()).isEqualTo(1);
        assertThat(page.done()).isTrue();
        QueryRecord lead = page.records().get(0);
        assertThat(lead.type()).isEqualTo("Lead");
        assertThat(lead.fields()).containsEntry("Id", results.get(0).id())
                .containsEntry("Name", "Jo Smith")
                .containsEntry("Status", "Open - Not Contacted")
                .containsEntry("IsConverted", "false")
                .containsEntry("NumberOfEmployees", "120")
                .containsEntry("AnnualRevenue", "5000000.0")
                .containsEntry("OwnerId", org.adminUserId())
                .containsEntry("CreatedById", org.adminUserId());
        assertThat((String) lead.fields().get("CreatedDate")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
    }

    @Test
    void createTakesMixedTypesInOneCallAndKeepsOrder() {
        List<SaveResult> results = org.create(List.of(
                record("Account", "Name", "Acme"),
                lead("Smith", "Acme"),
                record("Contact", "LastName", "Doe")));

        assertThat(results).extracting(r -> r.id().substring(0, 3)).containsExactly("001", "00Q", "003");
    }

    @Test
    void parentFieldsComeAsNestedRecords() {
        String accountId = org.create(List.of(record("Account", "Name", "Acme"))).get(0).id();
        org.create(List.of(record("Contact", "LastName", "Doe", "AccountId", accountId), record("Contact", "LastName", "Roe")));

        QueryPage page = org.query("SELECT LastName, Account.Name FROM Contact ORDER BY LastName", 0);

        assertThat(page.records()).hasSize(2);
        QueryRecord doe = page.records().get(0);
        assertThat(doe.fields().get("Account")).isEqualTo(new QueryRecord("Account", java.util.Map.of("Name", "Acme")));
        assertThat(page.records().get(1).fields()).containsEntry("Account", null);
    }

    @Test
    void describeAndUsersAreThere() {
        assertThat(org.objectNames()).containsExactly("Account", "Contact", "Lead", "User");
        assertThat(org.describe("lead").name()).isEqualTo("Lead");
        assertThat(org.userByUsername("ADMIN@reveal-sync.local")).hasValueSatisfying(u ->
                assertThat(new String(u.password())).isEqualTo("reveal-sync"));
        assertThat(org.organizationId()).hasSize(18).startsWith("00D");
        assertThat(org.recordCounts()).containsEntry("User", 3L).containsEntry("Lead", 0L);
    }
}
