package com.revealsync.lusha;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldValuesTest {

    @Test
    void packedValuesReadLikeTheEnumMapTheyReplace() {
        Map<LushaField, String> expected = new EnumMap<>(LushaField.class);
        expected.put(LushaField.EMAIL_1, "ada@example.com");
        expected.put(LushaField.LUSHA_ID, "L-1");
        expected.put(LushaField.LAST_NAME, "Łukasiewicz");
        expected.put(LushaField.FIRST_NAME, "");

        Map<LushaField, String> packed = FieldValues.of(expected);

        assertThat(packed).isEqualTo(expected).hasSameHashCodeAs(expected);
        assertThat(packed.keySet()).containsExactlyElementsOf(expected.keySet()); // field order, as EnumMap
        assertThat(packed.get(LushaField.LAST_NAME)).isEqualTo("Łukasiewicz");
        assertThat(packed.get(LushaField.FIRST_NAME)).isEmpty();
        assertThat(packed.get(LushaField.COMPANY_NAME)).isNull();
        assertThat(packed.containsKey(LushaField.COMPANY_NAME)).isFalse();
        assertThat(packed.get("LUSHA_ID")).isNull();
        assertThat(packed.toString()).isEqualTo(expected.toString());
    }

    @Test
    void nullValuesAreLeftOutAndNothingCanBeChanged() {
        Map<LushaField, String> withNull = new EnumMap<>(LushaField.class);
        withNull.put(LushaField.LUSHA_ID, "L-1");
        withNull.put(LushaField.EMAIL_1, null);

        Map<LushaField, String> packed = FieldValues.of(withNull);

        assertThat(packed).containsOnlyKeys(LushaField.LUSHA_ID);
        assertThatThrownBy(() -> packed.put(LushaField.EMAIL_1, "x")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(FieldValues.of(packed)).isSameAs(packed);
    }

    @Test
    void aRevealedContactKeepsItsValuesPacked() {
        RevealedContact contact = new RevealedContact(new RowRef("f.csv", 2),
                Map.of(LushaField.LUSHA_ID, "L-1", LushaField.EMAIL_1, "ada@example.com"),
                new SourceColumns.Names(List.of("lusha_id")).row(List.of("L-1")));

        assertThat(contact.values()).isInstanceOf(FieldValues.class);
        assertThat(contact.lushaId()).isEqualTo("L-1");
        assertThat(contact.get(LushaField.EMAIL_1)).isEqualTo("ada@example.com");
        assertThat(contact.has(LushaField.COMPANY_NAME)).isFalse();
    }

    @Test
    void valuesOverTheRowReadTheirCellsStrippedAndKeepOtherValuesApart() {
        SourceColumns row = new SourceColumns.Names(List.of("lusha_id", "export_as", "last_name", "note"))
                .row(List.of("L-1", "lead", "  Łukasiewicz ", "x"));
        Map<LushaField, String> expected = new EnumMap<>(LushaField.class);
        expected.put(LushaField.LUSHA_ID, "L-1");
        expected.put(LushaField.EXPORT_AS, "Lead"); // the canonical spelling: not the cell
        expected.put(LushaField.LAST_NAME, "Łukasiewicz");
        int[] cellOf = new int[LushaField.values().length];
        java.util.Arrays.fill(cellOf, -1);
        cellOf[LushaField.LUSHA_ID.ordinal()] = 0;
        cellOf[LushaField.LAST_NAME.ordinal()] = 2;

        Map<LushaField, String> values = row.fieldValues(expected, cellOf);

        assertThat(values).isInstanceOf(FieldValues.class).isEqualTo(expected).hasSameHashCodeAs(expected);
        assertThat(values.keySet()).containsExactlyElementsOf(expected.keySet());
        assertThat(values.get(LushaField.EXPORT_AS)).isEqualTo("Lead");
        assertThat(values.get(LushaField.LAST_NAME)).isEqualTo("Łukasiewicz");
        assertThat(values.get(LushaField.COMPANY_NAME)).isNull();
        assertThat(values).hasSize(3);
        assertThat(row.get("last_name")).isEqualTo("  Łukasiewicz "); // the cell itself as it was read
    }
}
