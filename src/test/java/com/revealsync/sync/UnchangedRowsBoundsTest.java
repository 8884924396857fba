package com.revealsync.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.revealsync.fingerprint.Fingerprints;
import com.revealsync.fingerprint.OrgWatermarks;
import com.revealsync.fingerprint.RowFingerprint;
import com.revealsync.fingerprint.RowFingerprints;
import com.revealsync.lusha.RecordType;
import com.revealsync.lusha.RevealedContact;
import com.revealsync.mapping.profile.ProfileLoader;
import com.revealsync.mapping.testing.Describes;
import com.revealsync.mapping.testing.Rows;
import com.revealsync.run.ExportLinks;
import com.revealsync.run.Outcome;
import com.revealsync.run.RowOutcome;
import com.revealsync.salesforce.SalesforceGateway;
import com.revealsync.salesforce.SalesforceRecord;
import com.revealsync.salesforce.SessionIdentity;
import com.revealsync.testing.TestDatabases;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The two bounds that keep change detection's memory fixed: past so many records changed in the org
 * every fingerprint of the org is forgotten, and past so many records written in a run no more rows
 * are answered. Either way rows go the full way; below the bounds the same row is answered.
 */
class UnchangedRowsBoundsTest {

    private static final String ORG = "00D000000000001AAA";
    private static final String USER = "005000000000001AAA";
    private static final Instant NOW = Instant.parse("2026-11-29T02:00:00Z");

    private final JdbcTemplate jdbc = new JdbcTemplate(TestDatabases.h2());
    private final RowFingerprints store = new RowFingerprints(jdbc);
    private final OrgWatermarks watermarks = new OrgWatermarks(jdbc);
    private final Fingerprints prints = Fingerprints.forPlan(
            new ProfileLoader().load(Path.of("jobs/mapping/default.yml")), RecordType.Lead, Describes.standard());
    private final LookupFields fields = new LookupFields(Describes.standard(), Map.of(
            RecordType.Lead, Set.of("Title"), RecordType.Contact, Set.of("Title"), RecordType.Account, Set.of("Website")));
    private final RevealedContact jane = Rows.jane("lusha_id", "L-1");
    private final List<SalesforceRecord> changed = new ArrayList<>();

    @Test
    void pastTheChangesItHoldsEveryFingerprintOfTheOrgIsForgotten() {
        for (int i = 0; i < 3; i++) { // records nobody's fingerprint names
            changed.add(new SalesforceRecord("Lead", "00Q00000000009" + i + "AAA", Map.of()));
        }
        lastRunKept();

        assertThat(rows(2, 100).split(gateway(), List.of(jane)).unchanged()).as("3 changes, bound 2").isEmpty();
        lastRunKept();
        assertThat(rows(5, 100).split(gateway(), List.of(jane)).unchanged()).as("3 changes, bound 5").hasSize(1);
    }

    @Test
    void pastTheRecordsItRemembersWritingTheRunAnswersNoMoreRows() {
        lastRunKept();
        UnchangedRows bounded = rows(100, 1);
        SalesforceGateway gateway = gateway();
        RevealedContact other = Rows.jane("lusha_id", "L-2", "email_1", "other@acme.com");
        UnchangedRows.Split first = bounded.split(gateway, List.of(other));
        bounded.exported(gateway, first.fingerprints(), List.of(
                created(other, "00Q000000000002AAA"), created(Rows.jane("lusha_id", "L-3"), "00Q000000000003AAA")), Set.of());

        assertThat(bounded.split(gateway, List.of(jane)).unchanged()).as("2 written, bound 1").isEmpty();

        lastRunKept();
        UnchangedRows roomy = rows(100, 10);
        roomy.exported(gateway, roomy.split(gateway, List.of(other)).fingerprints(), List.of(
                created(other, "00Q000000000002AAA"), created(Rows.jane("lusha_id", "L-3"), "00Q000000000003AAA")), Set.of());
        assertThat(roomy.split(gateway, List.of(jane)).unchanged()).as("2 written, bound 10").hasSize(1);
    }

    /** A previous run that kept jane's fingerprint, finished before NOW. */
    private void lastRunKept() {
        store.save(ORG, List.of(new RowFingerprint("L-1", prints.of(jane, USER), "Lead", "00Q000000000001AAA", null, null,
                null, "lusha:L-1")));
        watermarks.started(ORG, NOW.minusSeconds(3600), List.of(USER));
        watermarks.finished(ORG, NOW.minusSeconds(3600), NOW.minusSeconds(3000), List.of(USER));
    }

    private UnchangedRows rows(int maxChanged, int maxWritten) {
        return new UnchangedRows(prints, store, watermarks, new ExportLinks(jdbc), fields, maxWritten, maxChanged,
                UnchangedRows.MAX_SKIPS);
    }

    private static RowOutcome created(RevealedContact c, String id) {
        return new RowOutcome(c.source(), c.lushaId(), c.revealedBy(), "Lead", Outcome.CREATED, id, null, null, null,
                List.of(), List.of(), c.sourceColumns());
    }

    /** A gateway that answers whom it acts for, the org's time and the changes; nothing else. */
    @SuppressWarnings("unchecked")
    private SalesforceGateway gateway() {
        return (SalesforceGateway) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {SalesforceGateway.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "identity" -> Optional.of(new SessionIdentity(ORG, USER));
                    case "serverTime" -> NOW;
                    case "queryAllEach" -> {
                        if (((String) args[0]).startsWith("SELECT") && ((String) args[0]).contains(" FROM Lead ")) {
                            changed.forEach((Consumer<SalesforceRecord>) args[1]);
                        }
                        yield null;
                    }
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
