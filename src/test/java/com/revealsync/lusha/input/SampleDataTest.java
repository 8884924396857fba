package com.revealsync.lusha.input;

import static org.assertj.core.api.Assertions.assertThat;

import com.revealsync.lusha.InputRow;
import com.revealsync.lusha.LushaField;
import com.revealsync.lusha.RevealedContact;
import com.revealsync.lusha.RowProblem;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The sample batches read as {@code sample-data/README.md} says they do. */
class SampleDataTest {

    static final Path CLEAN = Path.of("sample-data/batches/2026-11-26-revealed.csv");
    static final Path MESSY = Path.of("sample-data/batches/2026-11-27-revealed-messy.csv");

    @Test
    void theFolderHoldsTheTwoBatchesInDateOrderAndBothPassThePreFlightCheck() {
        List<Path> files = InputFiles.resolve("sample-data/batches");

        assertThat(files).containsExactly(CLEAN, MESSY);
        assertThat(InputCheck.check(files).lines()).isEqualTo(201 + 154);
    }

    @Test
    void theCleanBatchIsTwoHundredContacts() {
        List<InputRow> rows = RevealedContactReaderTest.readAll(CLEAN);

        assertThat(rows).hasSize(200).allMatch(RevealedContact.class::isInstance);
        assertThat(rows.get(17).source().line()).isEqualTo(19);
        assertThat(rows.get(18).source().line()).isEqualTo(21);
        Map<String, Long> byUser = rows.stream().map(RevealedContact.class::cast)
                .collect(Collectors.groupingBy(RevealedContact::revealedBy, TreeMap::new, Collectors.counting()));
        assertThat(byUser).containsExactly(Map.entry("dana@acme-sales.example", 89L),
                Map.entry("lee@acme-sales.example", 46L), Map.entry("omer@acme-sales.example", 65L));
    }

    @Test
    void theMessyBatchHasItsRowProblemsOnTheLinesTheReadmeLists() {
        List<InputRow> rows = RevealedContactReaderTest.readAll(MESSY);

        Map<Long, String> problems = new TreeMap<>();
        rows.stream().filter(RowProblem.class::isInstance).map(RowProblem.class::cast)
                .forEach(p -> problems.put(p.ref().line(), p.code() + (p.field() == null ? "" : " " + p.field())));
        assertThat(rows).hasSize(151);
        assertThat(problems).containsExactly(
                Map.entry(20L, "INVALID_VALUE export_as"), Map.entry(23L, "INVALID_ROW"), Map.entry(26L, "INVALID_ROW"),
                Map.entry(27L, "INVALID_ROW"), Map.entry(30L, "INVALID_ROW"),
                Map.entry(33L, "REQUIRED_VALUE_MISSING lusha_id"), Map.entry(36L, "REQUIRED_VALUE_MISSING revealed_by"),
                Map.entry(39L, "INVALID_VALUE phone_1_type"), Map.entry(42L, "INVALID_VALUE email_1_type"),
                Map.entry(45L, "INVALID_VALUE revealed_at"));
    }

    @Test
    void theMessyBatchKeepsItsOddButValidRows() {
        Map<Long, RevealedContact> contacts = RevealedContactReaderTest.readAll(MESSY).stream()
                .filter(RevealedContact.class::isInstance).map(RevealedContact.class::cast)
                .collect(Collectors.toMap(c -> c.source().line(), c -> c));

        assertThat(contacts).hasSize(141);
        assertThat(contacts.get(48L).get(LushaField.FIRST_NAME)).isEqualTo("Robert \"Bobby\"");
        assertThat(contacts.get(57L).get(LushaField.FIRST_NAME)).isEqualTo("יעל");
        assertThat(contacts.get(69L).get(LushaField.PHONE_1_TYPE)).isEqualTo("mobile");
        assertThat(contacts.get(104L).get(LushaField.EXPORT_AS)).isEqualTo("Contact");
        assertThat(contacts.get(11L).get(LushaField.JOB_TITLE)).hasSizeGreaterThan(128);
        assertThat(contacts.get(72L).lushaId()).isEqualTo(contacts.get(2L).lushaId());
        assertThat(contacts.get(76L).get(LushaField.EMAIL_1)).isEqualToIgnoringCase(contacts.get(75L).get(LushaField.EMAIL_1));
        assertThat(contacts.get(2L).sourceColumns()).containsKey("Lusha List");
        assertThat(contacts).doesNotContainKeys(87L, 92L, 155L);
    }
}
