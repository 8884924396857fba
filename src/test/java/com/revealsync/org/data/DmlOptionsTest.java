package com.revealsync.org.data;

import static com.revealsync.org.data.OrgTestSupport.lead;
import static com.revealsync.org.data.OrgTestSupport.withId;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DmlOptionsTest {

    private static final OrgError ROLLED_BACK = new OrgError("ALL_OR_NONE_OPERATION_ROLLED_BACK",
            "Record rolled back because not all records were valid and the request was using AllOrNone header", List.of());
    private static final DmlOptions ALL_OR_NONE = new DmlOptions(true, false);

    @TempDir
    Path dataDir;

    @Test
    void allOrNoneCreateWithABadRecordKeepsNothingEvenAfterAReopen() {
        try (OrgDatabase org = OrgDatabase.open(dataDir)) {
            List<SaveResult> results = org.withOptions(ALL_OR_NONE).create(List.of(
                    lead("Good", "Acme", "Lusha_Id__c", "keep-free"), lead("", "Acme")));

            assertThat(results.get(0)).isEqualTo(SaveResult.failed(null, List.of(ROLLED_BACK)));
            assertThat(results.get(1).errors()).extracting(OrgError::statusCode).containsExactly("REQUIRED_FIELD_MISSING");
            assertThat(org.recordCounts()).containsEntry("Lead", 0L);
            assertThat(org.create(List.of(lead("Again", "Acme", "Lusha_Id__c", "keep-free"))).get(0).success())
                    .as("the rolled-back record left the unique index").isTrue();
        }
        try (OrgDatabase org = OrgDatabase.open(dataDir)) {
            assertThat(org.recordCounts()).containsEntry("Lead", 1L);
        }
    }

    @Test
    void allOrNoneUpdateRestoresThePreviousValues() {
        try (OrgDatabase org = OrgDatabase.open(dataDir)) {
            String a = org.create(List.of(lead("A", "Acme", "Title", "CTO"))).get(0).id();

            List<SaveResult> results = org.withOptions(ALL_OR_NONE).update(List.of(
                    withId("Lead", a, "Title", "CEO"), withId("Lead", a.substring(0, 14) + "z", "Title", "x")));

            assertThat(results.get(0)).isEqualTo(SaveResult.failed(a, List.of(ROLLED_BACK)));
            assertThat(org.query("SELECT Title FROM Lead", 0).records().get(0).fields()).containsEntry("Title", "CTO");
        }
    }

    @Test
    void allOrNoneWithEveryRecordGoodSavesThemAll() {
        try (OrgDatabase org = OrgDatabase.inMemory()) {
            List<SaveResult> results = org.withOptions(ALL_OR_NONE).upsert("Id", List.of(lead("A", "Acme"), lead("B", "Acme")));

            assertThat(results).allMatch(SaveResult::success);
            assertThat(org.recordCounts()).containsEntry("Lead", 2L);
        }
    }

    @Test
    void fieldTruncationCutsTextInsteadOfFailing() {
        try (OrgDatabase org = OrgDatabase.inMemory()) {
            OrgData truncating = org.withOptions(new DmlOptions(false, true));
            String id = truncating.create(List.of(lead("L".repeat(100), "Acme", "Title", "T".repeat(200)))).get(0).id();

            assertThat(org.retrieve("LastName, Title", "Lead", List.of(id)).get(0).orElseThrow().fields())
                    .containsEntry("LastName", "L".repeat(80)).containsEntry("Title", "T".repeat(128));
            assertThat(truncating.create(List.of(lead("X", "Acme", "NumberOfEmployees", "123456789"))).get(0).errors())
                    .as("numbers are never truncated").extracting(OrgError::statusCode).containsExactly("NUMBER_OUTSIDE_VALID_RANGE");
        }
    }

    @Test
    void viewsCombineUserAndOptions() {
        try (OrgDatabase org = OrgDatabase.inMemory()) {
            String rep = org.userByUsername("rep@reveal-sync.local").orElseThrow().id();

            List<SaveResult> results = org.actingAs(rep).withOptions(ALL_OR_NONE).create(List.of(lead("A", "Acme"), lead("", "x")));

            assertThat(results.get(0).errors()).containsExactly(ROLLED_BACK);
            String id = org.withOptions(ALL_OR_NONE).actingAs(rep).create(List.of(lead("B", "Acme"))).get(0).id();
            assertThat(org.retrieve("CreatedById", "Lead", List.of(id)).get(0).orElseThrow().fields()).containsEntry("CreatedById", rep);
        }
    }
}
