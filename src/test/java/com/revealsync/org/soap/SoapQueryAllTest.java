package com.revealsync.org.soap;

import static com.revealsync.org.soap.SoapOperationsTest.lead;
import static com.revealsync.org.soap.SoapOperationsTest.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.revealsync.org.EmbeddedOrg;
import com.revealsync.org.OrgSettings;
import com.revealsync.org.testing.OrgClient;
import com.sforce.soap.partner.PartnerConnection;
import com.sforce.soap.partner.QueryResult;
import com.sforce.soap.partner.SaveResult;
import com.sforce.soap.partner.sobject.SObject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code queryAll} through the real WSC client: WSC reads the {@code <queryAllResponse>}, deleted
 * records come with IsDeleted true, and the locator pages on through the ordinary queryMore.
 */
class SoapQueryAllTest {

    private static EmbeddedOrg org;
    private static PartnerConnection partner;

    @BeforeAll
    static void start() {
        org = EmbeddedOrg.start(OrgSettings.inMemory());
        partner = new OrgClient(org).partner();
    }

    @AfterAll
    static void stop() {
        org.stop();
    }

    @Test
    void queryAllReturnsADeletedRecordThatQueryDoesNot() throws Exception {
        String company = "Binned " + UUID.randomUUID();
        String live = ok(partner.create(new SObject[] {lead("Kept", company)})[0]);
        String deleted = ok(partner.create(new SObject[] {lead("Gone", company)})[0]);
        assertThat(partner.delete(new String[] {deleted})[0].isSuccess()).isTrue();
        String soql = "SELECT Id, IsDeleted FROM Lead WHERE Company = '" + company + "' ORDER BY LastName";

        QueryResult query = partner.query(soql);
        assertThat(query.getSize()).isEqualTo(1);
        assertThat(query.getRecords()).extracting(SObject::getId).containsExactly(live);

        QueryResult all = partner.queryAll(soql);
        assertThat(all.isDone()).isTrue();
        assertThat(all.getSize()).isEqualTo(2);
        assertThat(all.getRecords()).extracting(SObject::getId).containsExactly(deleted, live);
        assertThat(all.getRecords()).extracting(r -> r.getField("IsDeleted")).containsExactly("true", "false");

        assertThat(partner.retrieve("Id, IsDeleted", "Lead", new String[] {live, deleted}))
                .extracting(r -> r == null ? null : r.getId()).containsExactly(live, null);
        assertThat(partner.queryAll("SELECT COUNT() FROM Lead WHERE Company = '" + company + "'").getSize()).isEqualTo(2);
        assertThat(partner.query("SELECT COUNT() FROM Lead WHERE Company = '" + company + "'").getSize()).isEqualTo(1);
    }

    @Test
    void queryAllOfMoreThanAPageContinuesWithQueryMore() throws Exception {
        String company = "Paged bin " + UUID.randomUUID();
        List<String> created = new ArrayList<>();
        for (int chunk = 0; chunk < 2; chunk++) {
            SObject[] leads = new SObject[150];
            for (int i = 0; i < leads.length; i++) {
                leads[i] = lead("P" + (chunk * 150 + i), company);
            }
            for (SaveResult result : partner.create(leads)) {
                created.add(ok(result));
            }
        }
        List<String> deleted = List.of(created.get(3), created.get(150), created.get(210), created.get(299));
        assertThat(partner.delete(deleted.toArray(String[]::new))).allMatch(r -> r.isSuccess());
        PartnerConnection paged = new OrgClient(org).partner();
        paged.setQueryOptions(200);
        String soql = "SELECT Id, IsDeleted FROM Lead WHERE Company = '" + company + "'";

        QueryResult first = paged.queryAll(soql);
        assertThat(first.getSize()).isEqualTo(300);
        assertThat(first.isDone()).isFalse();
        assertThat(first.getRecords()).hasSize(200);
        QueryResult second = paged.queryMore(first.getQueryLocator());
        assertThat(second.isDone()).isTrue();
        assertThat(second.getQueryLocator()).isNull();
        List<SObject> rows = new ArrayList<>(Arrays.asList(first.getRecords()));
        rows.addAll(Arrays.asList(second.getRecords()));
        assertThat(rows).extracting(SObject::getId).containsExactlyElementsOf(created);
        assertThat(rows).filteredOn(r -> "true".equals(r.getField("IsDeleted")))
                .extracting(SObject::getId).containsExactlyElementsOf(deleted);
        assertThat(paged.query(soql).getSize()).isEqualTo(296);
    }
}
