package com.revealsync.org.data.soql;

import static org.assertj.core.api.Assertions.assertThat;

import com.revealsync.org.data.LeadConvertRequest;
import com.revealsync.org.data.OrgDatabase;
import com.revealsync.org.data.QueryPage;
import com.revealsync.org.data.QueryRecord;
import com.revealsync.org.data.RecordInput;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The SOQL subset against a small fixed set of leads: operators, literals, ordering, limits. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SoqlTest {

    private final OrgDatabase org = OrgDatabase.inMemory();

    @BeforeAll
    void seed() {
        org.create(List.of(
                lead("Smith", "Acme", "Email", "a@acme.com", "NumberOfEmployees", "10", "AnnualRevenue", "1000",
                        "Industry", "Technology", "City", "Paris", "Lusha_Id__c", "L-1"),
                lead("Jones", "Beta", "Email", "b@beta.io", "NumberOfEmployees", "500", "AnnualRevenue", "2000000",
                        "Industry", "Finance", "Lusha_Id__c", "L-2"),
                lead("O'Brien", "Gamma_Co", "LeadSource", "Lusha", "City", "Tel Aviv"),
                lead("Müller", "100% Corp", "Email", "C@Gamma.com", "NumberOfEmployees", "50", "Rating", "Hot",
                        "City", "paris")));
        String converted = org.create(List.of(lead("Zed", "Zeta"))).get(0).id();
        org.convertLead(List.of(LeadConvertRequest.of(converted)));
        String deleted = org.create(List.of(lead("Deleted", "Acme", "Email", "a@acme.com"))).get(0).id();
        org.delete(List.of(deleted));
    }

    @AfterAll
    void close() {
        org.close();
    }

    private static RecordInput lead(String lastName, String company, String... more) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("LastName", lastName);
        values.put("Company", company);
        for (int i = 0; i < more.length; i += 2) {
            values.put(more[i], more[i + 1]);
        }
        return new RecordInput("Lead", null, values, Set.of());
    }

    private List<Object> lastNames(String where) {
        QueryPage page = org.query("SELECT LastName FROM Lead WHERE " + where + " ORDER BY LastName", 0);
        return page.records().stream().map(r -> r.fields().get("LastName")).toList();
    }

    @ParameterizedTest(name = "WHERE {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Email = 'A@ACME.COM'                                  | Smith
            Email != 'a@acme.com'                                 | Jones,Müller,O'Brien,Zed
            Email = null                                          | O'Brien,Zed
            Email != null                                         | Jones,Müller,Smith
            NumberOfEmployees > 10                                | Jones,Müller
            NumberOfEmployees >= 10                               | Jones,Müller,Smith
            NumberOfEmployees < 500                               | Müller,Smith
            NumberOfEmployees <= 50.0                             | Müller,Smith
            AnnualRevenue > 1e6                                   | Jones
            City = 'PARIS'                                        | Müller,Smith
            City LIKE 'tel%'                                      | O'Brien
            City LIKE '_ar_s'                                     | Müller,Smith
            Company LIKE 'Gamma\\_%'                              | O'Brien
            Company LIKE '100\\%%'                                | Müller
            Email LIKE '%ACME%' OR Email LIKE '%gamma.c%'         | Müller,Smith
            Email LIKE '%beta%' OR Email LIKE 'c@%' OR Email LIKE 'zz' | Jones,Müller
            Company LIKE '%corp' OR Company LIKE 'gamma\\_%'        | Müller,O'Brien
            City LIKE 'p_ris' OR City LIKE '%aviv'                | Müller,O'Brien,Smith
            Email LIKE '%acme%' OR City LIKE 'tel%'               | O'Brien,Smith
            LastName = 'O\\'Brien'                                | O'Brien
            LastName IN ('smith', 'JONES', 'nobody')              | Jones,Smith
            LastName IN ('MÜLLER', 'o\\'brien')                  | Müller,O'Brien
            Company NOT IN ('acme', 'BETA', 'zeta')               | Müller,O'Brien
            LastName NOT IN ('Smith', 'Jones')                    | Müller,O'Brien,Zed
            Industry NOT IN ('Finance')                           | Müller,O'Brien,Smith,Zed
            Email IN ('b@beta.io', null)                          | Jones,O'Brien,Zed
            IsConverted = true                                    | Zed
            IsConverted = FALSE AND Rating = 'Hot'                | Müller
            (City = 'Paris' OR LeadSource = 'Lusha') AND Email != null | Müller,Smith
            City = 'Paris' OR (LeadSource = 'Lusha' AND Email = null) | Müller,O'Brien,Smith
            NOT City = 'Paris'                                    | Jones,O'Brien,Zed
            NOT (NumberOfEmployees > 20 OR Email = null)          | Smith
            Lusha_Id__c IN ('l-1', 'L-2')                         | Jones,Smith
            CreatedDate = TODAY                                   | Jones,Müller,O'Brien,Smith,Zed
            CreatedDate < 2000-01-01T00:00:00Z                    | ''
            CreatedDate > 2000-01-01T00:00:00.000+02:00           | Jones,Müller,O'Brien,Smith,Zed
            ConvertedDate = TODAY                                 | Zed
            ConvertedDate > 2000-01-01                            | Zed
            ConvertedDate IN (YESTERDAY, TODAY)                   | Zed
            ConvertedDate NOT IN (YESTERDAY)                      | Jones,Müller,O'Brien,Smith,Zed
            CreatedDate = LAST_N_DAYS:3                           | Jones,Müller,O'Brien,Smith,Zed
            """)
    void whereClauseSelects(String where, String expected) {
        List<String> names = expected.isEmpty() ? List.of() : List.of(expected.split(","));
        assertThat(lastNames(where)).containsExactlyElementsOf(names);
    }

    @Test
    void deletedRecordsAreNeverReturned() {
        assertThat(lastNames("Email = 'a@acme.com'")).containsExactly("Smith");
        assertThat(org.query("SELECT COUNT() FROM Lead", 0).totalSize()).isEqualTo(5);
    }

    @Test
    void countReturnsTheNumberAndNoRecords() {
        QueryPage page = org.query("select count() from lead where NumberOfEmployees > 10", 0);

        assertThat(page.totalSize()).isEqualTo(2);
        assertThat(page.records()).isEmpty();
        assertThat(page.done()).isTrue();
    }

    @ParameterizedTest(name = "ORDER BY {0}")
    @CsvSource(delimiter = '|', textBlock = """
            NumberOfEmployees                        | O'Brien,Zed,Smith,Müller,Jones
            NumberOfEmployees ASC NULLS LAST         | Smith,Müller,Jones,O'Brien,Zed
            NumberOfEmployees DESC                   | Jones,Müller,Smith,O'Brien,Zed
            NumberOfEmployees DESC NULLS FIRST       | O'Brien,Zed,Jones,Müller,Smith
            City DESC, LastName                      | O'Brien,Müller,Smith,Jones,Zed
            Company                                  | Müller,Smith,Jones,O'Brien,Zed
            """)
    void orderBy(String orderBy, String expected) {
        QueryPage page = org.query("SELECT LastName FROM Lead ORDER BY " + orderBy, 0);

        assertThat(page.records()).extracting(r -> r.fields().get("LastName")).containsExactly((Object[]) expected.split(","));
    }

    @Test
    void limitAndOffset() {
        QueryPage page = org.query("SELECT LastName FROM Lead ORDER BY LastName LIMIT 2 OFFSET 1", 0);

        assertThat(page.totalSize()).isEqualTo(2);
        assertThat(page.records()).extracting(r -> r.fields().get("LastName")).containsExactly("Müller", "O'Brien");
    }

    @Test
    void valuesComeAsWireTextUnderCanonicalNamesInQueryOrder() {
        QueryRecord record = org.query("SELECT annualrevenue, NUMBEROFEMPLOYEES, isconverted, email, Owner.Username"
                + " FROM LEAD WHERE lastname = 'Jones'", 0).records().get(0);

        assertThat(record.type()).isEqualTo("Lead");
        assertThat(record.fields().keySet()).containsExactly("AnnualRevenue", "NumberOfEmployees", "IsConverted", "Email", "Owner");
        assertThat(record.fields()).containsEntry("AnnualRevenue", "2000000.0").containsEntry("NumberOfEmployees", "500")
                .containsEntry("IsConverted", "false")
                .containsEntry("Owner", new QueryRecord("User", Map.of("Username", "admin@reveal-sync.local")));
    }

    @Test
    void idFiltersAcceptFifteenAndEighteenCharacters() {
        String id = (String) org.query("SELECT Id FROM Lead WHERE LastName = 'Smith'", 0).records().get(0).fields().get("Id");

        assertThat(lastNames("Id = '" + id.substring(0, 15) + "'")).containsExactly("Smith");
        assertThat(lastNames("Id IN ('" + id.toLowerCase() + "')")).containsExactly("Smith");
    }
}
