package com.revealsync.org.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import com.revealsync.org.data.OrgError;
import com.revealsync.org.data.SaveResult;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResultCsvTest {

    @Test
    void writesOneQuotedRowPerResultWithSalesforcesErrorText() {
        String csv = ResultCsv.write(List.of(
                SaveResult.ok("003D000000Q89kQIAR", true),
                SaveResult.failed(null, List.of(new OrgError("REQUIRED_FIELD_MISSING",
                        "Required fields are missing: [LastName]", List.of("LastName")))),
                SaveResult.failed("003D000000Q89kQIAR", List.of(new OrgError("UNABLE_TO_LOCK_ROW",
                        "unable to obtain exclusive access to this record or 1 records: 003D000000Q89kQIAR", List.of())))));

        assertThat(csv).isEqualTo("""
                "Id","Success","Created","Error"
                "003D000000Q89kQIAR","true","true",""
                "","false","false","REQUIRED_FIELD_MISSING:Required fields are missing: [LastName]:LastName --"
                "003D000000Q89kQIAR","false","false","UNABLE_TO_LOCK_ROW:unable to obtain exclusive access to this record or 1 records: 003D000000Q89kQIAR:--"
                """);
    }

    @Test
    void aValueWithQuotesIsEscaped() {
        String text = ResultCsv.errorText(List.of(new OrgError("FIELD_CUSTOM_VALIDATION_EXCEPTION",
                "Say \"no\"", List.of("A", "B"))));

        assertThat(text).isEqualTo("FIELD_CUSTOM_VALIDATION_EXCEPTION:Say \"no\":A B --");
        assertThat(ResultCsv.write(List.of(SaveResult.failed(null, List.of(new OrgError("X", "Say \"no\"", List.of()))))))
                .endsWith("\"X:Say \"\"no\"\":--\"\n");
    }
}
