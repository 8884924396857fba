package com.revealsync.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The filter that asks the org for the records changed since a watermark. */
class OrgChangesTest {

    private static final Instant STARTED = Instant.parse("2026-11-29T02:00:00.900Z");
    private static final Instant FINISHED = Instant.parse("2026-11-29T02:10:30.250Z");

    @Test
    void aFinishedRunCountsEveryoneElsesChangesSinceItStartedAndAllChangesSinceItFinished() {
        assertThat(OrgChanges.filter(new Watermark(STARTED, FINISHED, Set.of("005000000000002AAA", "005000000000001AAA"))))
                .isEqualTo("SystemModstamp > 2026-11-29T02:10:31Z OR (SystemModstamp > 2026-11-29T02:00:00Z"
                        + " AND LastModifiedById NOT IN ('005000000000001AAA', '005000000000002AAA'))");
    }

    @Test
    void aFinishOnAWholeSecondIsNotRoundedUp() {
        assertThat(OrgChanges.filter(new Watermark(STARTED, Instant.parse("2026-11-29T02:10:30Z"), Set.of("005000000000001AAA"))))
                .startsWith("SystemModstamp > 2026-11-29T02:10:30Z OR");
    }

    @Test
    void aRunThatDidNotFinishCountsEveryChangeSinceItStarted() {
        assertThat(OrgChanges.filter(new Watermark(STARTED, null, Set.of("005000000000001AAA"))))
                .isEqualTo("SystemModstamp > 2026-11-29T02:00:00Z");
    }

    @Test
    void aUserIdThatIsNotASalesforceIdIsNeverPutInTheQuery() {
        assertThat(OrgChanges.filter(new Watermark(STARTED, FINISHED, Set.of("x') OR Id != ('"))))
                .isEqualTo("SystemModstamp > 2026-11-29T02:00:00Z");
        assertThat(OrgChanges.filter(new Watermark(STARTED, FINISHED, Set.of("x'", "005000000000001AAA"))))
                .endsWith("LastModifiedById NOT IN ('005000000000001AAA'))");
    }
}
