package com.revealsync.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;

import com.revealsync.testing.TestDatabases;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** Fingerprints and watermarks stored per org, replaced, and forgotten per record; on H2 and PostgreSQL. */
class RowFingerprintsTest {

    private static final String ORG = "00D000000000001AAA";
    private static final String OTHER_ORG = "00D000000000002AAA";

    @Test
    void fingerprintsAreKeptPerOrgAndForgottenByTheRecordsTheyNameOnH2() {
        fingerprints(TestDatabases.h2());
    }

    @Test
    void fingerprintsAreKeptPerOrgAndForgottenByTheRecordsTheyNameOnPostgreSQL() {
        onPostgres("prints", this::fingerprints);
    }

    @Test
    void aSkipsFingerprintNamesNoRecordAndItsKeysAreReadBackOnH2() {
        skips(TestDatabases.h2());
    }

    @Test
    void aSkipsFingerprintNamesNoRecordAndItsKeysAreReadBackOnPostgreSQL() {
        onPostgres("skips", this::skips);
    }

    @Test
    void aWatermarkIsStartedThenFinishedOnH2() {
        watermarks(TestDatabases.h2());
    }

    @Test
    void aWatermarkIsStartedThenFinishedOnPostgreSQL() {
        onPostgres("marks", this::watermarks);
    }

    private void fingerprints(DataSource dataSource) {
        RowFingerprints store = new RowFingerprints(new JdbcTemplate(dataSource));
        store.save(ORG, List.of(
                print("L-1", "a", "00Q000000000001AAA", null),
                print("L-2", "b", "003000000000002AAA", "001000000000009AAA"),
                print("L-3", "c", "003000000000003AAA", "001000000000009AAA"),
                print("L-4", "d", "003000000000004AAA", "001000000000008AAA")));
        store.save(OTHER_ORG, List.of(print("L-1", "x", "00Q000000000001AAA", null)));

        assertThat(store.find(ORG, List.of("L-1", "L-2", "L-5")).keySet()).containsExactlyInAnyOrder("L-1", "L-2");
        RowFingerprint l2 = print("L-2", "b", "003000000000002AAA", "001000000000009AAA");
        assertThat(store.find(ORG, List.of("L-2")).get("L-2")) // read back without its keys
                .isEqualTo(new RowFingerprint(l2.lushaId(), l2.fingerprint(), l2.recordType(), l2.salesforceId(),
                        l2.accountId(), l2.warningsJson(), null, null));

        store.save(ORG, List.of(print("L-1", "a2", "00Q000000000001AAA", null)));
        assertThat(store.find(ORG, List.of("L-1")).get("L-1").fingerprint()).isEqualTo("a2");
        assertThat(store.find(OTHER_ORG, List.of("L-1")).get("L-1").fingerprint()).isEqualTo("x");

        // a changed Account (its 15-character id) takes both of its Contacts' fingerprints; a changed Lead its own
        store.forgetChanged(ORG, Set.of("001000000000009", "00Q000000000001"), Set.of());
        assertThat(store.find(ORG, List.of("L-1", "L-2", "L-3", "L-4")).keySet()).containsExactly("L-4");
        assertThat(store.find(OTHER_ORG, List.of("L-1"))).containsOnlyKeys("L-1");
        // a record holding one of a row's lookup keys (a new Account with its company's domain) takes it too
        store.save(ORG, List.of(print("L-5", "e", "003000000000005AAA", "001000000000007AAA")));
        store.forgetChanged(ORG, Set.of(), Set.of("domain:other.example"));
        assertThat(store.find(ORG, List.of("L-4", "L-5")).keySet()).containsExactlyInAnyOrder("L-4", "L-5");
        store.forgetChanged(ORG, Set.of(), Set.of("domain:l-5.example"));
        assertThat(store.find(ORG, List.of("L-4", "L-5")).keySet()).containsExactly("L-4");

        store.forget(ORG, List.of("L-4"));
        assertThat(store.find(ORG, List.of("L-4"))).isEmpty();
        store.forgetOrg(OTHER_ORG);
        assertThat(store.find(OTHER_ORG, List.of("L-1"))).isEmpty();
    }

    private void watermarks(DataSource dataSource) {
        OrgWatermarks marks = new OrgWatermarks(new JdbcTemplate(dataSource));
        Instant started = Instant.parse("2026-11-29T02:00:00.123Z");
        assertThat(marks.find(ORG)).isEmpty();

        marks.started(ORG, started, List.of("005000000000001AAA"));
        assertThat(marks.find(ORG)).contains(new Watermark(started, null, Set.of("005000000000001AAA")));

        Instant finished = started.plusSeconds(600);
        marks.finished(ORG, started, finished, List.of("005000000000001AAA", "005000000000002AAA"));
        assertThat(marks.find(ORG)).contains(new Watermark(started, finished,
                Set.of("005000000000001AAA", "005000000000002AAA")));

        // a later run's start replaces it; the earlier run finishing late does not touch the later one
        Instant next = finished.plusSeconds(3600);
        marks.started(ORG, next, List.of("005000000000001AAA"));
        marks.finished(ORG, started, next.plusSeconds(1), List.of("005000000000001AAA"));
        assertThat(marks.find(ORG)).contains(new Watermark(next, null, Set.of("005000000000001AAA")));
        assertThat(marks.find(OTHER_ORG)).isEmpty();
    }

    private void skips(DataSource dataSource) {
        RowFingerprints store = new RowFingerprints(new JdbcTemplate(dataSource));
        String skipJson = "{\"code\":\"REQUIRED_FIELD_MISSING\",\"message\":\"m\",\"fields\":[\"LastName\"]}";
        RowFingerprint skip = new RowFingerprint("S-1", "s", null, null, null, null, skipJson, "lusha:S-1\nemail:s-1@example.com");
        RowFingerprint other = new RowFingerprint("S-2", "t", "Lead", null, null, null, skipJson, "lusha:S-2");
        store.save(ORG, List.of(skip, other, print("L-1", "a", "00Q000000000001AAA", null)));
        store.save(OTHER_ORG, List.of(new RowFingerprint("S-3", "u", null, null, null, null, skipJson, "lusha:S-3")));

        RowFingerprint found = store.find(ORG, List.of("S-1")).get("S-1");
        assertThat(found).isEqualTo(new RowFingerprint("S-1", "s", null, null, null, null, skipJson, null));
        assertThat(found.skip()).isTrue();
        assertThat(found.names(Set.of("00Q000000000001"))).isFalse();
        assertThat(store.skipKeys(ORG, 10)).as("the org's skips only, not its written rows'")
                .containsOnly(java.util.Map.entry("S-1", "lusha:S-1\nemail:s-1@example.com"), java.util.Map.entry("S-2", "lusha:S-2"));
        assertThat(store.skipKeys(ORG, 1)).as("at most max").hasSize(1);

        store.save(ORG, List.of(print("S-1", "s2", "00Q000000000005AAA", null))); // written since: no longer a skip
        assertThat(store.skipKeys(ORG, 10)).containsOnlyKeys("S-2");
        assertThat(store.find(ORG, List.of("S-1")).get("S-1").skip()).isFalse();
    }

    private static RowFingerprint print(String lushaId, String fingerprint, String id, String accountId) {
        return new RowFingerprint(lushaId, fingerprint, id.startsWith("00Q") ? "Lead" : "Contact", id, accountId,
                accountId == null ? null : "[{\"code\":\"FIELD_TYPE_MISMATCH\",\"field\":\"Phone\",\"message\":\"m\"}]", null,
                "lusha:" + lushaId + "\nemail:" + lushaId.toLowerCase() + "@example.com\ndomain:" + lushaId.toLowerCase() + ".example");
    }

    private static void onPostgres(String prefix, Consumer<DataSource> test) {
        try (TestDatabases.PostgresSchema schema = TestDatabases.postgres(prefix)) {
            TestDatabases.createAppTables(schema.dataSource());
            test.accept(schema.dataSource());
        }
    }
}
