package com.revealsync.sync;

import static com.revealsync.lusha.RecordType.Account;
import static com.revealsync.lusha.RecordType.Contact;
import static com.revealsync.lusha.RecordType.Lead;
import static com.revealsync.mapping.testing.Rows.record;
import static org.assertj.core.api.Assertions.assertThat;

import com.revealsync.mapping.match.ExistingRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OrgSnapshotTest {

    private final OrgSnapshot snapshot = OrgSnapshot.create();

    @AfterEach
    void close() {
        snapshot.close();
    }

    @Test
    void peopleAreFoundByLushaIdAndByEmailIgnoringCaseLeadsAndContactsApart() {
        snapshot.put(record(Lead, "00Q1", "Email", " Jane.Doe@Acme.com", "Lusha_Id__c", "l-1"));
        snapshot.put(record(Contact, "0031", "Email", "jane.doe@acme.com", "Lusha_Id__c", "l-2"));

        assertThat(snapshot.find(OrgSnapshot.Index.LEAD_EMAIL, "jane.doe@acme.com")).extracting(ExistingRecord::id)
                .containsExactly("00Q1");
        assertThat(snapshot.find(OrgSnapshot.Index.CONTACT_EMAIL, "jane.doe@acme.com")).extracting(ExistingRecord::id)
                .containsExactly("0031");
        assertThat(snapshot.find(OrgSnapshot.Index.PERSON_LUSHA_ID, "l-2")).extracting(ExistingRecord::id)
                .containsExactly("0031");
        assertThat(snapshot.find(OrgSnapshot.Index.PERSON_LUSHA_ID, "l-")).isEmpty();
        assertThat(snapshot.size()).isEqualTo(2);
    }

    @Test
    void accountsAreFoundByCompanyIdWebsiteDomainAndNormalisedName() {
        snapshot.put(record(Account, "0011", "Name", "Acme Corp", "Website", "https://www.acme.com/about",
                "Lusha_Company_Id__c", "c-42"));
        snapshot.put(record(Account, "0012", "Name", "ACME corp.", "Website", "http://acme.com"));

        assertThat(snapshot.find(OrgSnapshot.Index.ACCOUNT_COMPANY_ID, "c-42")).extracting(ExistingRecord::id)
                .containsExactly("0011");
        assertThat(snapshot.find(OrgSnapshot.Index.ACCOUNT_DOMAIN, "acme.com")).extracting(ExistingRecord::id)
                .containsExactlyInAnyOrder("0011", "0012");
        String name = com.revealsync.mapping.match.Names.normalise("Acme Corp");
        assertThat(snapshot.find(OrgSnapshot.Index.ACCOUNT_NAME, name)).extracting(ExistingRecord::id)
                .contains("0011");
    }

    @Test
    void aRecordPutAgainReplacesItsValuesAndItsIndexEntries() {
        snapshot.put(record(Lead, "00Q1", "Email", "old@acme.com"));

        snapshot.put(record(Lead, "00Q1", "Email", "new@acme.com", "Title", "CEO"));

        assertThat(snapshot.find(OrgSnapshot.Index.LEAD_EMAIL, "old@acme.com")).isEmpty();
        assertThat(snapshot.find(OrgSnapshot.Index.LEAD_EMAIL, "new@acme.com")).singleElement()
                .satisfies(r -> assertThat(r.value("Title")).isEqualTo("CEO"));
        assertThat(snapshot.size()).isEqualTo(1);
    }

    @Test
    void mergeAddsValuesToWhatARecordHeldOrMakesIt() {
        snapshot.put(record(Contact, "0031", "Email", "jane@acme.com", "Title", "VP"));

        snapshot.merge(Contact, "0031", Map.of("AccountId", "0011", "Title", "CEO"));
        snapshot.merge(Account, "0011", Map.of("Name", "Acme"));

        assertThat(snapshot.get("0031").fields()).containsOnly(Map.entry("email", "jane@acme.com"),
                Map.entry("title", "CEO"), Map.entry("accountid", "0011"));
        assertThat(snapshot.get("0011").type()).isEqualTo(Account);
        assertThat(snapshot.find(OrgSnapshot.Index.ACCOUNT_NAME, com.revealsync.mapping.match.Names.normalise("Acme")))
                .extracting(ExistingRecord::id).containsExactly("0011");
    }

    @Test
    void valuesOfAnyLengthAndAnyCharacterComeBackAsTheyWent() {
        String description = "Ünïcode ✓ ".repeat(10_000); // over 65,535 bytes of UTF-8

        snapshot.put(record(Account, "0011", "Description", description, "Name", "Zürich AG"));

        assertThat(snapshot.get("0011").value("Description")).isEqualTo(description);
        assertThat(snapshot.get("0011").value("Name")).isEqualTo("Zürich AG");
        assertThat(snapshot.get("0012")).isNull();
    }

    @Test
    void closingDeletesTheFile() throws Exception {
        OrgSnapshot other = OrgSnapshot.create();
        other.put(record(Lead, "00Q1", "Email", "a@b.com"));
        Path dir = Path.of(System.getProperty("java.io.tmpdir"));
        long before;
        try (var files = Files.list(dir)) {
            before = files.filter(p -> p.getFileName().toString().startsWith("reveal-sync-lookups-")).count();
        }

        other.close();

        try (var files = Files.list(dir)) {
            assertThat(files.filter(p -> p.getFileName().toString().startsWith("reveal-sync-lookups-")).count())
                    .isEqualTo(before - 1);
        }
    }
}
