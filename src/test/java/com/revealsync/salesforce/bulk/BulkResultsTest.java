package com.revealsync.salesforce.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.revealsync.salesforce.SalesforceApiException;
import com.revealsync.salesforce.WriteResult;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A batch's result CSV: one result per request row, in order, under the request row's key. */
class BulkResultsTest {

    private static final String HEADER = "\"Id\",\"Success\",\"Created\",\"Error\"\n";

    @Test
    void eachRowAnswersTheRequestRowAtItsPlace() throws IOException {
        String csv = HEADER
                + "\"00Q000000000001AAA\",\"true\",\"true\",\"\"\n"
                + "\"\",\"false\",\"false\",\"REQUIRED_FIELD_MISSING:Required fields are missing: [LastName]:LastName --\"\n"
                + "\"003000000000003AAA\",\"true\",\"false\",\"\"\n";
        List<WriteResult> results = BulkResults.read(stream(csv), List.of("a.csv:2", "a.csv:3", "a.csv:4"), "751x");
        assertThat(results).extracting(WriteResult::key).containsExactly("a.csv:2", "a.csv:3", "a.csv:4");
        assertThat(results.get(0)).returns("00Q000000000001AAA", WriteResult::id).returns(true, WriteResult::success)
                .returns(true, WriteResult::created);
        assertThat(results.get(1).success()).isFalse();
        assertThat(results.get(1).id()).isNull();
        assertThat(results.get(1).errors().get(0).statusCode()).isEqualTo("REQUIRED_FIELD_MISSING");
        assertThat(results.get(2)).returns(true, WriteResult::success).returns(false, WriteResult::created);
    }

    @Test
    void aFullBatchOfTenThousandRowsKeepsEveryRowsKey() throws IOException {
        StringBuilder csv = new StringBuilder(HEADER);
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            csv.append(String.format("\"00Q%015d\",\"true\",\"true\",\"\"%n", i));
            keys.add("rows.csv:" + (i + 2));
        }
        List<WriteResult> results = BulkResults.read(stream(csv.toString()), keys, "751x");
        assertThat(results).hasSize(10_000);
        assertThat(results.get(9_999)).returns("rows.csv:10001", WriteResult::key).returns(String.format("00Q%015d", 9_999), WriteResult::id);
        assertThat(results.get(4_321).id()).isEqualTo(String.format("00Q%015d", 4_321));
    }

    @Test
    void anAnswerOfAnotherSizeOrShapeIsAMismatch() {
        String one = HEADER + "\"00Q000000000001AAA\",\"true\",\"true\",\"\"\n";
        assertThatThrownBy(() -> BulkResults.read(stream(one), List.of("k1", "k2"), "751x"))
                .isInstanceOf(SalesforceApiException.class).hasMessageContaining("answered 1 result rows for 2 records");
        assertThatThrownBy(() -> BulkResults.read(stream(one + one.substring(HEADER.length())), List.of("k1"), "751x"))
                .isInstanceOf(SalesforceApiException.class).hasMessageContaining("answered 2 result rows for 1 records");
        assertThatThrownBy(() -> BulkResults.read(stream(""), List.of("k1"), "751x"))
                .isInstanceOf(SalesforceApiException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> BulkResults.read(stream("\"Id\",\"Created\"\n\"x\",\"true\"\n"), List.of("k1"), "751x"))
                .isInstanceOf(SalesforceApiException.class).hasMessageContaining("lacks the Id, Success or Error column");
    }

    private static ByteArrayInputStream stream(String csv) {
        return new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8));
    }
}
