package com.revealsync.sync;

import static com.revealsync.lusha.RecordType.Contact;
import static com.revealsync.lusha.RecordType.Lead;
import static com.revealsync.mapping.testing.Rows.record;
import static org.assertj.core.api.Assertions.assertThat;

import com.revealsync.mapping.match.ExistingRecord;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A chunk's reads ahead answer exactly what the snapshot answers, read ahead or not. */
class SnapshotReadsTest {

    private final OrgSnapshot snapshot = OrgSnapshot.create();

    @AfterEach
    void close() {
        snapshot.close();
    }

    @Test
    void readsAheadAnswerAsTheSnapshotDoesWhetherFoundAbsentOrNotReadAhead() {
        IntStream.range(0, 300).forEach(i -> snapshot.put(record(i % 2 == 0 ? Lead : Contact, String.format("00Q%04d", i),
                "Email", "p" + (i % 100) + "@acme.com", "Lusha_Id__c", "l-" + i)));
        SnapshotReads reads = new SnapshotReads(snapshot);
        List<String> emails = List.of("p7@acme.com", "p3@acme.com", "nobody@acme.com", "p4@acme.com");

        reads.prefetch(OrgSnapshot.Index.LEAD_EMAIL, emails);
        reads.prefetchRecords(List.of("00Q0299", "00Q0001", "00QMISSING"));
        snapshot.put(record(Lead, "00Q9999", "Email", "p7@acme.com")); // after the reads ahead: not seen by them

        for (String email : emails) {
            assertThat(ids(reads.find(OrgSnapshot.Index.LEAD_EMAIL, email))).as(email)
                    .isEqualTo(ids(snapshot.find(OrgSnapshot.Index.LEAD_EMAIL, email)).stream()
                            .filter(id -> !id.equals("00Q9999")).toList());
        }
        assertThat(ids(reads.find(OrgSnapshot.Index.LEAD_EMAIL, "p4@acme.com"))).containsExactly("00Q0004", "00Q0104", "00Q0204");
        assertThat(reads.find(OrgSnapshot.Index.LEAD_EMAIL, "p3@acme.com")).as("p3's records are Contacts").isEmpty();
        assertThat(reads.find(OrgSnapshot.Index.CONTACT_EMAIL, "p3@acme.com")).as("not read ahead: asks the snapshot")
                .extracting(ExistingRecord::id).containsExactlyElementsOf(
                        ids(snapshot.find(OrgSnapshot.Index.CONTACT_EMAIL, "p3@acme.com")));
        assertThat(reads.get("00Q0299").id()).isEqualTo("00Q0299");
        assertThat(reads.get("00QMISSING")).isNull();
        assertThat(reads.get("00Q0150").id()).as("not read ahead").isEqualTo("00Q0150");
        assertThat(reads.find(OrgSnapshot.Index.LEAD_EMAIL, null)).isEmpty();
    }

    private static List<String> ids(List<ExistingRecord> records) {
        return records.stream().map(ExistingRecord::id).toList();
    }
}
