package com.revealsync.lusha;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class SourceColumnsTest {

    private final SourceColumns.Names names = new SourceColumns.Names(List.of("lusha_id", "First Name", "extra"));

    @Test
    void aRowReadsLikeTheOrderedMapItReplaces() {
        Map<String, String> row = names.row(List.of("L-1", " Ada ", ""));
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("lusha_id", "L-1");
        expected.put("First Name", " Ada ");
        expected.put("extra", "");

        assertThat(row).isEqualTo(expected).hasSameHashCodeAs(expected);
        assertThat(row.keySet()).containsExactly("lusha_id", "First Name", "extra");
        assertThat(row.get("First Name")).isEqualTo(" Ada ");
        assertThat(row.get("missing")).isNull();
        assertThat(row.containsKey("extra")).isTrue();
        assertThat(row.toString()).isEqualTo(expected.toString());
    }

    @Test
    void packedCellsKeepEmptyAndWideCharactersApart() {
        Map<String, String> row = names.row(List.of("", "Łukasz 李", ""));

        assertThat(row.values()).containsExactly("", "Łukasz 李", "");
    }

    @Test
    void jsonKeepsTheColumnOrder() {
        JsonMapper json = JsonMapper.builder().build();
        Map<String, String> row = names.row(List.of("L-1", "Ada", "x"));

        assertThat(json.writeValueAsString(row)).isEqualTo("{\"lusha_id\":\"L-1\",\"First Name\":\"Ada\",\"extra\":\"x\"}");
    }

    @Test
    void rowsShareTheNamesAndCannotBeChanged() {
        Map<String, String> row = names.row(List.of("L-1", "Ada", "x"));

        assertThatThrownBy(() -> row.put("lusha_id", "L-2")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> row.entrySet().iterator().next().setValue("L-2"))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> names.row(List.of("L-1"))).hasMessage("1 cells for 3 columns");
        assertThatThrownBy(() -> new SourceColumns.Names(List.of("a", "a"))).hasMessageContaining("named twice");
    }

    @Test
    void aRevealedContactKeepsTheSharedRowAsItIs() {
        Map<String, String> row = names.row(List.of("L-1", "Ada", "x"));
        RevealedContact contact = new RevealedContact(new RowRef("f.csv", 2), Map.of(LushaField.LUSHA_ID, "L-1"), row);

        assertThat(contact.sourceColumns()).isSameAs(row);
    }
}
