package com.revealsync.org.data.soql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.revealsync.org.data.OrgDatabase;
import com.revealsync.org.data.OrgFault;
import com.revealsync.org.data.QueryPage;
import com.revealsync.org.data.RecordInput;
import com.revealsync.org.data.SaveResult;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryPagingTest {

    private static final int LEADS = 2_345;
    private final OrgDatabase org = OrgDatabase.inMemory();

    @BeforeAll
    void seed() {
        for (int start = 0; start < LEADS; start += 200) {
            List<RecordInput> batch = IntStream.range(start, Math.min(LEADS, start + 200))
                    .mapToObj(i -> new RecordInput("Lead", null, Map.of("LastName", "L" + i, "Company", "C"), Set.of()))
                    .toList();
            assertThat(org.create(batch)).allMatch(SaveResult::success);
        }
    }

    @AfterAll
    void close() {
        org.close();
    }

    @ParameterizedTest(name = "batch size {0} -> pages of {1}")
    @CsvSource({"0, 500", "-1, 500", "1, 200", "200, 200", "700, 700", "2000, 2000", "5000, 2000"})
    void batchSizeIsClampedTo200To2000WithDefault500(int asked, int pageSize) {
        QueryPage first = org.query("SELECT Id FROM Lead", asked);

        assertThat(first.records()).hasSize(pageSize);
        assertThat(first.totalSize()).isEqualTo(LEADS);
        assertThat(first.done()).isFalse();
        assertThat(first.queryLocator()).matches("01g[0-9A-Za-z]{15}-" + pageSize);
    }

    @Test
    void queryMoreWalksEveryRecordOnceInOrder() {
        QueryPage page = org.query("SELECT Id, LastName FROM Lead", 200);
        List<Object> ids = new ArrayList<>();
        int pages = 0;
        while (true) {
            pages++;
            page.records().forEach(r -> ids.add(r.fields().get("Id")));
            assertThat(page.totalSize()).isEqualTo(LEADS);
            if (page.done()) {
                assertThat(page.queryLocator()).isNull();
                break;
            }
            page = org.queryMore(page.queryLocator(), 200);
        }
        assertThat(pages).isEqualTo(12);
        assertThat(ids).hasSize(LEADS).doesNotHaveDuplicates();
        assertThat(new HashSet<>(ids)).hasSize(LEADS);
        assertThat(ids).isSortedAccordingTo((a, b) -> ((String) a).compareTo((String) b));
    }

    @Test
    void recordsDeletedAfterTheQueryStillComeFromItsSnapshot() {
        QueryPage first = org.query("SELECT Id FROM Lead WHERE LastName LIKE 'L1%' ORDER BY LastName", 200);
        assertThat(first.done()).isFalse();

        QueryPage second = org.queryMore(first.queryLocator(), 200);

        assertThat(first.records().size() + second.records().size()).isLessThanOrEqualTo(first.totalSize());
        assertThat(second.records()).isNotEmpty();
    }

    @Test
    void limitBoundsTheTotal() {
        QueryPage page = org.query("SELECT Id FROM Lead LIMIT 250", 200);

        assertThat(page.totalSize()).isEqualTo(250);
        QueryPage rest = org.queryMore(page.queryLocator(), 200);
        assertThat(rest.records()).hasSize(50);
        assertThat(rest.done()).isTrue();
    }

    @Test
    void aLocatorIsTakenOnceAndTheNextPageLocatorStillWorks() {
        QueryPage first = org.query("SELECT Id FROM Lead", 1000);
        QueryPage second = org.queryMore(first.queryLocator(), 1000);

        assertThatThrownBy(() -> org.queryMore(first.queryLocator(), 1000))
                .isInstanceOfSatisfying(OrgFault.class, f -> assertThat(f.exceptionCode()).isEqualTo("INVALID_QUERY_LOCATOR"));
        QueryPage third = org.queryMore(second.queryLocator(), 1000);
        assertThat(third.records()).hasSize(LEADS - 2000);
        assertThat(third.done()).isTrue();
        assertThatThrownBy(() -> org.queryMore(second.queryLocator(), 1000))
                .as("the last page's locator is gone with its cursor")
                .isInstanceOfSatisfying(OrgFault.class, f -> assertThat(f.exceptionCode()).isEqualTo("INVALID_QUERY_LOCATOR"));
    }

    @ParameterizedTest
    @CsvSource({"nonsense", "01gRS0000000001AAA-100", "'01gRS0000000001AAA'", "-5"})
    void unknownLocatorIsInvalidQueryLocator(String locator) {
        assertThatThrownBy(() -> org.queryMore(locator, 200))
                .isInstanceOfSatisfying(OrgFault.class, f -> {
                    assertThat(f.exceptionCode()).isEqualTo("INVALID_QUERY_LOCATOR");
                    assertThat(f.kind()).isEqualTo(OrgFault.Kind.INVALID_QUERY_LOCATOR);
                })
                .hasMessage("invalid query locator");
    }

    @Test
    void indexedEqualityAndInFindRecordsAmongMany() {
        List<String> names = IntStream.range(0, 200).mapToObj(i -> "'l" + (i * 7) + "'").toList();

        QueryPage page = org.query("SELECT Id FROM Lead WHERE Name IN (" + String.join(",", names) + ")", 2000);

        assertThat(page.totalSize()).isEqualTo(200);
    }
}
