package com.revealsync.org.soap;

import static com.revealsync.org.soap.SoapOperationsTest.lead;
import static com.revealsync.org.soap.SoapOperationsTest.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.revealsync.org.EmbeddedOrg;
import com.revealsync.org.OrgSettings;
import com.revealsync.org.data.OrgDatabase;
import com.revealsync.org.data.value.WireFormat;
import com.revealsync.org.testing.MutableClock;
import com.revealsync.org.testing.OrgClient;
import com.sforce.soap.partner.PartnerConnection;
import com.sforce.soap.partner.QueryResult;
import com.sforce.soap.partner.sobject.SObject;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An incremental reader's round: read the server time T, then ask for the records modified after
 * it ({@code SystemModstamp > T}), or modified a while before it by someone other than the reader's
 * own users ({@code LastModifiedById NOT IN (...)} or {@code !=}), deletions included through
 * queryAll. The org's clock is moved by hand, so "before" and "after" are exact.
 */
class ModifiedSinceTest {

    private static final Instant START = Instant.parse("2026-11-29T14:30:00Z");

    private MutableClock clock;
    private EmbeddedOrg org;
    private PartnerConnection admin;
    private PartnerConnection manager;
    private PartnerConnection rep;

    @BeforeEach
    void start() {
        clock = new MutableClock(START);
        org = EmbeddedOrg.start(OrgSettings.inMemory().withClock(clock));
        OrgClient client = new OrgClient(org);
        admin = client.partner();
        manager = client.partner(client.accessToken("manager@reveal-sync.local"));
        rep = client.partner(client.accessToken("rep@reveal-sync.local"));
    }

    @AfterEach
    void stop() {
        org.stop();
    }

    /** The leads of the round by name, each saved at its time by its user; T is read at 16:00. */
    private record Round(Instant serverTime, Map<String, String> ids) {
        List<String> idsOf(String... names) {
            return Arrays.stream(names).map(ids::get).toList();
        }
    }

    private Round playRound() throws Exception {
        Map<String, String> ids = new LinkedHashMap<>();
        for (String name : List.of("untouched", "byRepEarly", "byRep", "byAdmin", "byManager", "afterT", "deletedAfterT",
                "deletedEarly")) {
            ids.put(name, ok(admin.create(new SObject[] {lead(name, "Round")})[0]));
        }
        at("14:40");
        assertThat(admin.delete(new String[] {ids.get("deletedEarly")})[0].isSuccess()).isTrue();
        at("14:50");
        touch(rep, ids.get("byRepEarly"));
        at("15:30");
        touch(rep, ids.get("byRep"));
        at("15:40");
        touch(admin, ids.get("byAdmin"));
        at("15:45");
        touch(manager, ids.get("byManager"));
        at("16:00");
        Instant serverTime = admin.getServerTimestamp().getTimestamp().toInstant();
        at("16:05");
        touch(admin, ids.get("afterT"));
        at("16:10");
        assertThat(admin.delete(new String[] {ids.get("deletedAfterT")})[0].isSuccess()).isTrue();
        return new Round(serverTime, ids);
    }

    @Test
    void getServerTimestampReadsTheClockThatStampsSystemModstamp() throws Exception {
        clock.advance(Duration.ofNanos(400_000));
        String id = ok(admin.create(new SObject[] {lead("Stamped", "Clock Co")})[0]);

        Instant serverTime = admin.getServerTimestamp().getTimestamp().toInstant();
        assertThat(serverTime).isEqualTo(START);
        String stamp = (String) admin.query("SELECT SystemModstamp FROM Lead WHERE Id = '" + id + "'")
                .getRecords()[0].getField("SystemModstamp");
        assertThat(stamp).isEqualTo("2026-11-29T14:30:00.000Z");
        String literal = WireFormat.datetime(serverTime);
        assertThat(admin.query("SELECT Id FROM Lead WHERE Id = '" + id + "' AND SystemModstamp > " + literal).getSize())
                .as("a stamp reading T is not after T").isZero();
        assertThat(admin.query("SELECT Id FROM Lead WHERE Id = '" + id + "' AND SystemModstamp = " + literal).getSize())
                .isEqualTo(1);
    }

    @Test
    void getServerTimestampFollowsTheDataClockWhenTheDataIsGivenApart() throws Exception {
        MutableClock dataClock = new MutableClock(Instant.parse("2030-01-02T03:04:05.678Z"));
        try (EmbeddedOrg apart = EmbeddedOrg.start(OrgSettings.inMemory(), OrgDatabase.inMemory(dataClock))) {
            PartnerConnection connection = new OrgClient(apart).partner();

            assertThat(connection.getServerTimestamp().getTimestamp().toInstant()).isEqualTo(dataClock.instant());
        }
    }

    @Test
    void systemModstampAfterTAndNotInTheReadersUsersSelectsExactlyTheChangesOfOthers() throws Exception {
        Round round = playRound();
        assertThat(round.serverTime()).isEqualTo(Instant.parse("2026-11-29T16:00:00Z"));
        String adminId = userId("admin@reveal-sync.local");
        String managerId = userId("manager@reveal-sync.local");
        String where = modifiedSince(round.serverTime(), "LastModifiedById NOT IN ('" + adminId + "','" + managerId + "')");

        assertThat(ids(admin.queryAll("SELECT Id, IsDeleted FROM Lead WHERE " + where)))
                .containsExactlyElementsOf(round.idsOf("byRep", "afterT", "deletedAfterT"));
        assertThat(ids(admin.query("SELECT Id, IsDeleted FROM Lead WHERE " + where)))
                .containsExactlyElementsOf(round.idsOf("byRep", "afterT"));
        QueryResult all = admin.queryAll("SELECT Id, IsDeleted FROM Lead WHERE " + where);
        assertThat(all.getRecords()).extracting(r -> r.getField("IsDeleted")).containsExactly("false", "false", "true");
    }

    @Test
    void notEqualsOnTheReadersOwnUserSelectsTheOthersChanges() throws Exception {
        Round round = playRound();
        String where = modifiedSince(round.serverTime(), "LastModifiedById != '" + userId("admin@reveal-sync.local") + "'");

        assertThat(ids(admin.queryAll("SELECT Id, IsDeleted FROM Lead WHERE " + where)))
                .containsExactlyElementsOf(round.idsOf("byRep", "byManager", "afterT", "deletedAfterT"));
    }

    /**
     * Ids in NOT IN as Salesforce compares them: by their 15-character form, case-sensitively; an
     * 18-character id whatever the case of its suffix (the suffix restores the case).
     */
    @Test
    void idsInNotInCompareOnTheir15CharacterForm() throws Exception {
        Round round = playRound();
        String adminId = userId("admin@reveal-sync.local");
        String manager15 = userId("manager@reveal-sync.local").substring(0, 15);
        String adminWithLowerSuffix = adminId.substring(0, 15) + adminId.substring(15).toLowerCase();
        String sameUsers = "LastModifiedById NOT IN ('" + adminWithLowerSuffix + "','" + manager15 + "')";
        String otherCase = "LastModifiedById NOT IN ('" + adminId + "','" + manager15.toLowerCase() + "')";

        assertThat(ids(admin.queryAll("SELECT Id FROM Lead WHERE " + modifiedSince(round.serverTime(), sameUsers))))
                .containsExactlyElementsOf(round.idsOf("byRep", "afterT", "deletedAfterT"));
        assertThat(ids(admin.queryAll("SELECT Id FROM Lead WHERE " + modifiedSince(round.serverTime(), otherCase))))
                .as("a 15-character id in another case is another id")
                .containsExactlyElementsOf(round.idsOf("byRep", "byManager", "afterT", "deletedAfterT"));
    }

    @Test
    void theLiteralFormOfThePipelinesQueryParsesAndRuns() throws Exception {
        Round round = playRound();
        String soql = "SELECT Id, IsDeleted FROM Lead WHERE SystemModstamp > 2026-11-29T16:00:00.000Z"
                + " OR (SystemModstamp > 2026-11-29T15:00:00.000Z"
                + " AND LastModifiedById NOT IN ('005000000000001AAA','005000000000002AAA'))";

        assertThat(ids(admin.queryAll(soql)))
                .containsExactlyElementsOf(round.idsOf("byRep", "byAdmin", "byManager", "afterT", "deletedAfterT"));
        assertThat(ids(admin.queryAll(soql.replace("NOT IN ('005000000000001AAA','005000000000002AAA')",
                "!= '005000000000001AAA'"))))
                .containsExactlyElementsOf(round.idsOf("byRep", "byAdmin", "byManager", "afterT", "deletedAfterT"));
    }

    /** {@code SystemModstamp > T OR (SystemModstamp > T - 1h AND <who>)}. */
    private static String modifiedSince(Instant serverTime, String who) {
        return "SystemModstamp > " + WireFormat.datetime(serverTime) + " OR (SystemModstamp > "
                + WireFormat.datetime(serverTime.minus(Duration.ofHours(1))) + " AND " + who + ")";
    }

    private void at(String hhmm) {
        clock.advance(Duration.between(clock.instant(), Instant.parse("2026-11-29T" + hhmm + ":00Z")));
    }

    private static void touch(PartnerConnection as, String id) throws Exception {
        SObject change = new SObject("Lead");
        change.setId(id);
        change.setField("Title", "Changed");
        assertThat(as.update(new SObject[] {change})[0].isSuccess()).isTrue();
    }

    private String userId(String username) {
        return org.data().userByUsername(username).orElseThrow().id();
    }

    private static List<String> ids(QueryResult result) {
        return Arrays.stream(result.getRecords()).map(SObject::getId).toList();
    }
}
