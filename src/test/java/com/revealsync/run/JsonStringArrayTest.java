package com.revealsync.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The stored rows' JSON, written by hand, is the text Jackson writes, and reads back the same. */
class JsonStringArrayTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void everyCharacterThatNeedsEscapingIsEscapedAsJacksonDoes() {
        StringBuilder controls = new StringBuilder();
        for (char c = 0; c < 0x20; c++) {
            controls.append(c);
        }
        List<String> cells = Arrays.asList("Ada \"the\" Countess", "C:\\temp\\x", controls.toString(), null, "",
                "Zoë Ø 東京", "emoji \uD83D\uDE00 and \u2028 line", "plain", "\u007F del", "trailing\\");

        String written = JsonStringArray.of("0123456789abcdef0123456789abcdef", cells);

        List<String> all = new ArrayList<>();
        all.add("0123456789abcdef0123456789abcdef");
        all.addAll(cells);
        assertThat(written).isEqualTo(JSON.writeValueAsString(all));
        assertThat(JSON.readValue(written, List.class)).isEqualTo(all);
    }

    @Test
    void aRowWithoutCellsIsItsKeyAlone() {
        assertThat(JsonStringArray.of("k", List.of())).isEqualTo("[\"k\"]");
    }
}
