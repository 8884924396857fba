package com.revealsync.org.data;

import static com.revealsync.org.data.OrgTestSupport.lead;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Text is stored exactly as sent: XML metacharacters, emoji, right-to-left scripts, control whitespace. */
class SpecialCharactersTest {

    @TempDir
    Path dataDir;

    @ParameterizedTest
    @ValueSource(strings = {
            "<Acme & Sons> \"quoted\" 'single' ]]> &amp;",
            "Emoji 😀👩‍💻 corp",
            "שלום עולם",
            "مرحبا بالعالم",
            "mixed עברית and English",
            "Tab\there\nnewline\r\nCRLF",
            "Zero\u200Bwidth and \u00A0nbsp",
            "Ünïcödé Straße 東京"})
    void valuesRoundTripExactlyThroughTheStoreAndAReopen(String text) {
        String id;
        try (OrgDatabase org = OrgDatabase.open(dataDir)) {
            id = org.create(List.of(lead("Smith", text, "Description", text))).get(0).id();
            assertThat(org.retrieve("Company, Description", "Lead", List.of(id)).get(0).orElseThrow().fields())
                    .containsEntry("Company", text).containsEntry("Description", text);
        }
        try (OrgDatabase org = OrgDatabase.open(dataDir)) {
            assertThat(org.retrieve("Company, Description", "Lead", List.of(id)).get(0).orElseThrow().fields())
                    .containsEntry("Company", text).containsEntry("Description", text);
        }
    }

    @Test
    void specialCharactersCanBeQueriedWithEscapes() {
        try (OrgDatabase org = OrgDatabase.inMemory()) {
            org.create(List.of(lead("O'Brien \\ \"Q\"", "שלום 😀")));

            assertThat(org.query("SELECT Id FROM Lead WHERE LastName = 'O\\'Brien \\\\ \\\"Q\\\"'", 0).totalSize()).isEqualTo(1);
            assertThat(org.query("SELECT Id FROM Lead WHERE Company = 'שלום 😀'", 0).totalSize()).isEqualTo(1);
            assertThat(org.query("SELECT Id FROM Lead WHERE Company LIKE '%\\u05e9%'", 0).totalSize()).isEqualTo(1);
        }
    }
}
