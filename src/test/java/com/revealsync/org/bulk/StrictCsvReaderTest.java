package com.revealsync.org.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StrictCsvReaderTest {

    @Test
    void readsQuotedValuesWithCommasQuotesAndLineBreaks() {
        List<CsvRow> rows = StrictCsvReader.read("A,B,C\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\r\nplain,,end\n");

        assertThat(rows).hasSize(3);
        assertThat(rows.get(1).cells()).containsExactly("x, y", "say \"hi\"", "two\nlines");
        assertThat(rows.get(2).cells()).containsExactly("plain", "", "end");
        assertThat(rows.get(2).line()).isEqualTo(4);
    }

    @Test
    void keepsSpacesAroundUnquotedValues() {
        assertThat(StrictCsvReader.read("John, Smith").get(0).cells()).containsExactly("John", " Smith");
    }

    @Test
    void stripsAByteOrderMarkAndSkipsEmptyLines() {
        List<CsvRow> rows = StrictCsvReader.read("\uFEFFLastName\n\nSmith\n\n");

        assertThat(rows).extracting(r -> r.cells().get(0)).containsExactly("LastName", "Smith");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "a,b\"c,d                | Found unescaped quote",
            "\"John\", \"Smith\"     | Found unescaped quote",
            "\"John\" ,Smith         | Found characters after a closing quote",
    })
    void aBadlyQuotedRowIsMalformedAndTheNextRowIsStillRead(String badRow, String error) {
        List<CsvRow> rows = StrictCsvReader.read("A,B\n" + badRow + "\nok,fine\n");

        assertThat(rows.get(1).malformed()).isTrue();
        assertThat(rows.get(1).error()).startsWith(error);
        assertThat(rows.get(1).line()).isEqualTo(2);
        assertThat(rows.get(2).cells()).containsExactly("ok", "fine");
    }

    @Test
    void aQuoteLeftOpenFailsTheWholeBatch() {
        assertThatThrownBy(() -> StrictCsvReader.read("A,B\nx,\"never closed\ny,z\n"))
                .isInstanceOfSatisfying(BulkApiException.class, e -> {
                    assertThat(e.code()).isEqualTo("InvalidBatch");
                    assertThat(e.getMessage()).contains("EOF reached before closing an opened quote").contains("line 2");
                });
    }
}
