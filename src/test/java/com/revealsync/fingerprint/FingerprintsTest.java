package com.revealsync.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;

import com.revealsync.lusha.RecordType;
import com.revealsync.lusha.RevealedContact;
import com.revealsync.lusha.RowRef;
import com.revealsync.lusha.SourceColumns;
import com.revealsync.mapping.profile.MappingProfile;
import com.revealsync.mapping.profile.ProfileLoader;
import com.revealsync.mapping.testing.Describes;
import com.revealsync.mapping.testing.Rows;
import com.revealsync.salesforce.metadata.FieldDescribe;
import com.revealsync.salesforce.metadata.SObjectDescribe;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A row's fingerprint changes with whatever its plan depends on besides the org's records, and with nothing else. */
class FingerprintsTest {

    private static final ProfileLoader LOADER = new ProfileLoader();
    private static final String USER = "005000000000001AAA";

    @Test
    void theSameRowUnderTheSamePlanHasTheSameFingerprintWhereverItIsRead() throws Exception {
        Fingerprints one = Fingerprints.forPlan(defaultProfile("a.yml"), RecordType.Lead, Describes.standard());
        Fingerprints two = Fingerprints.forPlan(defaultProfile("elsewhere/b.yml"), RecordType.Lead, Describes.standard());
        RevealedContact jane = Rows.jane();
        RevealedContact janeOnAnotherLine = new RevealedContact(new RowRef("other.csv", 90), Map.of(), jane.sourceColumns());

        assertThat(one.of(jane, USER)).hasSize(32).matches("[0-9a-f]{32}").isEqualTo(two.of(janeOnAnotherLine, USER));
    }

    @Test
    void aRowReadFromAFileHasTheFingerprintOfItsColumnsAsAMap() throws Exception {
        // rows read from files hash their packed cells' bytes; stored fingerprints were made from the strings
        Fingerprints prints = Fingerprints.forPlan(defaultProfile("a.yml"), RecordType.Lead, Describes.standard());
        Map<String, String> columns = new LinkedHashMap<>(Rows.jane().sourceColumns());
        columns.put("first_name", "Ren\u00e9e \u6771\u4eac \ud83d\ude00");
        columns.put("last_name", "");
        SourceColumns packed = new SourceColumns.Names(List.copyOf(columns.keySet())).row(List.copyOf(columns.values()));

        String asMap = prints.of(new RevealedContact(new RowRef("a.csv", 2), Map.of(), columns), USER);
        String asRead = prints.of(new RevealedContact(new RowRef("a.csv", 2), Map.of(), packed), USER);

        assertThat(asRead).isEqualTo(asMap);
        assertThat(columns).containsKey("revealed_by"); // a column left out of the hash is left out of both
        columns.put("revealed_by", "someone.else@acme-sales.example");
        assertThat(prints.of(new RevealedContact(new RowRef("a.csv", 2), Map.of(), columns), USER)).isEqualTo(asRead);
        columns.put("job_title", "CFO");
        assertThat(prints.of(new RevealedContact(new RowRef("a.csv", 2), Map.of(), columns), USER)).isNotEqualTo(asRead);
    }

    @Test
    void anyChangeOfTheRowsColumnsChangesIt() throws Exception {
        Fingerprints prints = Fingerprints.forPlan(defaultProfile("a.yml"), RecordType.Lead, Describes.standard());
        String jane = prints.of(Rows.jane(), USER);

        assertThat(prints.of(Rows.jane("job_title", "VP Sales "), USER)).isNotEqualTo(jane);
        assertThat(prints.of(Rows.jane("phone_1", ""), USER)).isNotEqualTo(jane);
        Map<String, String> renamed = new LinkedHashMap<>(Rows.jane().sourceColumns());
        renamed.put("custom_note", renamed.remove("job_title"));
        assertThat(prints.of(new RevealedContact(new RowRef("b.csv", 2), Map.of(), renamed), USER)).isNotEqualTo(jane);
        // a value moved to the next column: the separators keep them apart
        Map<String, String> shifted = new LinkedHashMap<>();
        shifted.put("a", "xy");
        shifted.put("b", "");
        Map<String, String> shiftedBack = new LinkedHashMap<>();
        shiftedBack.put("a", "x");
        shiftedBack.put("b", "y");
        assertThat(prints.of(new RevealedContact(new RowRef("b.csv", 2), Map.of(), shifted), USER))
                .isNotEqualTo(prints.of(new RevealedContact(new RowRef("b.csv", 2), Map.of(), shiftedBack), USER));
    }

    @Test
    void whoRevealedTheRowAndWhenAreLeftOutUnlessTheProfileMapsThem() throws Exception {
        Fingerprints prints = Fingerprints.forPlan(defaultProfile("a.yml"), RecordType.Lead, Describes.standard());
        String jane = prints.of(Rows.jane("revealed_at", "2026-11-01T10:00:00Z"), USER);

        assertThat(prints.of(Rows.jane("revealed_by", "lee@acme-sales.example", "revealed_at", "2026-11-02T09:00:00Z"), USER))
                .as("revealed again by another Lusha user of the same session").isEqualTo(jane);
        String yaml = Files.readString(Path.of("jobs/mapping/default.yml"));
        String mapsRevealedBy = yaml.replaceFirst("      - lusha: Job title\n", "      - lusha: Lusha User\n");
        assertThat(mapsRevealedBy).isNotEqualTo(yaml);
        Fingerprints mapped = Fingerprints.forPlan(LOADER.parse("p.yml", mapsRevealedBy), RecordType.Lead, Describes.standard());
        assertThat(mapped.of(Rows.jane("revealed_by", "lee@acme-sales.example"), USER))
                .as("a mapped reveal column is hashed").isNotEqualTo(mapped.of(Rows.jane(), USER));
    }

    @Test
    void theSalesforceUserTheRowIsWrittenAsIsPartOfIt() throws Exception {
        Fingerprints prints = Fingerprints.forPlan(defaultProfile("a.yml"), RecordType.Lead, Describes.standard());

        assertThat(prints.of(Rows.jane(), "005000000000002AAA")).isNotEqualTo(prints.of(Rows.jane(), USER));
    }

    @Test
    void theProfileTheDefaultRecordTypeAndTheDescribesArePartOfIt() throws Exception {
        String yaml = Files.readString(Path.of("jobs/mapping/default.yml"));
        RevealedContact jane = Rows.jane();
        String base = Fingerprints.forPlan(LOADER.parse("p.yml", yaml), RecordType.Lead, Describes.standard()).of(jane, USER);

        List<String> others = List.of(
                Fingerprints.forPlan(LOADER.parse("p.yml", yaml.replace("accountCreation: true", "accountCreation: false")),
                        RecordType.Lead, Describes.standard()).of(jane, USER),
                Fingerprints.forPlan(LOADER.parse("p.yml", yaml.replaceFirst("\n        allowOverride: false", "\n        allowOverride: true")),
                        RecordType.Lead, Describes.standard()).of(jane, USER),
                Fingerprints.forPlan(LOADER.parse("p.yml", yaml), RecordType.Contact, Describes.standard()).of(jane, USER),
                Fingerprints.forPlan(LOADER.parse("p.yml", yaml), RecordType.Lead, withLongerTitle()).of(jane, USER));

        assertThat(yaml).contains("accountCreation: true").contains("allowOverride: false");
        assertThat(others).doesNotContain(base).doesNotHaveDuplicates();
    }

    private static Map<RecordType, SObjectDescribe> withLongerTitle() {
        Map<RecordType, SObjectDescribe> describes = new EnumMap<>(Describes.standard());
        SObjectDescribe lead = describes.get(RecordType.Lead);
        FieldDescribe title = lead.fields().stream().filter(f -> f.name().equals("Title")).findFirst().orElseThrow();
        describes.put(RecordType.Lead, Describes.with(Describes.without(lead, "Title"),
                new FieldDescribe("Title", title.label(), title.type(), title.length() + 1, title.precision(), title.scale(),
                        title.digits(), title.nillable(), title.createable(), title.updateable(), title.defaultedOnCreate(),
                        title.externalId(), title.unique(), title.picklistValues(), title.restrictedPicklist(),
                        title.referenceTo())));
        return describes;
    }

    private static MappingProfile defaultProfile(String source) throws Exception {
        return LOADER.parse(source, Files.readString(Path.of("jobs/mapping/default.yml")));
    }
}
