package com.revealsync.org.data.soql;

import static org.assertj.core.api.Assertions.assertThat;

import com.revealsync.org.data.OrgDatabase;
import com.revealsync.org.data.QueryPage;
import com.revealsync.org.data.QueryRecord;
import com.revealsync.org.data.RecordInput;
import com.revealsync.org.data.SaveResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * queryAll against the data facade: deleted records come back with IsDeleted true, also where
 * query would read an index (the indexes hold live records only), while query and retrieve go on
 * leaving them out.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryAllTest {

    private final OrgDatabase org = OrgDatabase.inMemory();
    private String liveId;
    private String deletedId;

    @BeforeAll
    void seed() {
        liveId = create(lead("Alive", "Recycle Co", "Email", "alive@recycle.example", "Lusha_Id__c", "QA-1"));
        deletedId = create(lead("Binned", "Recycle Co", "Email", "binned@recycle.example", "Lusha_Id__c", "QA-2"));
        assertThat(org.delete(List.of(deletedId))).allMatch(SaveResult::success);
    }

    @AfterAll
    void close() {
        org.close();
    }

    @Test
    void queryAllReturnsTheDeletedRecordThatQueryLeavesOut() {
        String soql = "SELECT Id, IsDeleted FROM Lead WHERE Company = 'Recycle Co' ORDER BY LastName";

        assertThat(ids(org.query(soql, 0))).containsExactly(liveId);
        QueryPage all = org.queryAll(soql, 0);
        assertThat(ids(all)).containsExactly(liveId, deletedId);
        assertThat(all.records()).extracting(r -> r.fields().get("IsDeleted")).containsExactly("false", "true");
        assertThat(all.totalSize()).isEqualTo(2);
    }

    @ParameterizedTest(name = "WHERE {0}")
    @ValueSource(strings = {
            "Email = 'binned@recycle.example'",
            "Lusha_Id__c IN ('QA-2')",
            "Email LIKE '%binned@recycle%'",
            "Email = 'nobody@recycle.example' OR Lusha_Id__c = 'QA-2'"})
    void queryAllFindsDeletedRecordsWhereQueryWouldReadAnIndex(String where) {
        String soql = "SELECT Id FROM Lead WHERE " + where;

        assertThat(ids(org.query(soql, 0))).isEmpty();
        assertThat(ids(org.queryAll(soql, 0))).containsExactly(deletedId);
    }

    @Test
    void queryAllSelectsDeletedRecordsByIsDeleted() {
        String soql = "SELECT Id FROM Lead WHERE IsDeleted = true AND Company = 'Recycle Co'";

        assertThat(ids(org.queryAll(soql, 0))).containsExactly(deletedId);
        assertThat(ids(org.query(soql, 0))).isEmpty();
    }

    @Test
    void countUnderQueryAllCountsDeletedRecordsToo() {
        String soql = "SELECT COUNT() FROM Lead WHERE Company = 'Recycle Co'";

        assertThat(org.query(soql, 0).totalSize()).isEqualTo(1);
        QueryPage all = org.queryAll(soql, 0);
        assertThat(all.totalSize()).isEqualTo(2);
        assertThat(all.records()).isEmpty();
    }

    @Test
    void retrieveStillLeavesDeletedRecordsOut() {
        List<Optional<QueryRecord>> got = org.retrieve("Id, IsDeleted", "Lead", List.of(liveId, deletedId));

        assertThat(got.get(0)).isPresent();
        assertThat(got.get(1)).isEmpty();
    }

    @Test
    void aQueryAllLocatorPagesOnThroughQueryMore() {
        String company = "Paged Recycle Co";
        List<RecordInput> leads = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            leads.add(lead("P" + i, company));
        }
        List<String> created = org.create(leads).stream().map(SaveResult::id).toList();
        List<String> binned = List.of(created.get(0), created.get(120), created.get(249));
        assertThat(org.delete(binned)).allMatch(SaveResult::success);
        String soql = "SELECT Id, IsDeleted FROM Lead WHERE Company = '" + company + "'";

        QueryPage first = org.queryAll(soql, 200);
        assertThat(first.totalSize()).isEqualTo(250);
        assertThat(first.done()).isFalse();
        QueryPage second = org.queryMore(first.queryLocator(), 200);
        assertThat(second.done()).isTrue();
        List<QueryRecord> all = new ArrayList<>(first.records());
        all.addAll(second.records());
        assertThat(all).extracting(r -> r.fields().get("Id")).containsExactlyElementsOf(created);
        assertThat(all).filteredOn(r -> "true".equals(r.fields().get("IsDeleted")))
                .extracting(r -> r.fields().get("Id")).containsExactlyElementsOf(binned);
        assertThat(org.query(soql, 200).totalSize()).isEqualTo(247);
    }

    private String create(RecordInput input) {
        SaveResult result = org.create(List.of(input)).get(0);
        assertThat(result.success()).as(String.valueOf(result.errors())).isTrue();
        return result.id();
    }

    private static List<Object> ids(QueryPage page) {
        return page.records().stream().map(r -> r.fields().get("Id")).toList();
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
}
