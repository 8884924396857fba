package com.revealsync.org.soap;

import static org.assertj.core.api.Assertions.assertThat;

import com.revealsync.org.EmbeddedOrg;
import com.revealsync.org.OrgSettings;
import com.revealsync.org.testing.OrgClient;
import com.sforce.soap.partner.PartnerConnection;
import com.sforce.soap.partner.QueryResult;
import com.sforce.soap.partner.SaveResult;
import com.sforce.soap.partner.sobject.SObject;
import org.junit.jupiter.api.Test;

class SoapSmokeTest {

    @Test
    void createsAndQueriesALeadWithWsc() throws Exception {
        try (EmbeddedOrg org = EmbeddedOrg.start(OrgSettings.inMemory())) {
            PartnerConnection partner = new OrgClient(org).partner();
            SObject lead = new SObject("Lead");
            lead.setField("LastName", "Smith");
            lead.setField("Company", "Acme");
            SaveResult[] results = partner.create(new SObject[] {lead});
            assertThat(results[0].isSuccess()).as(java.util.Arrays.toString(results[0].getErrors())).isTrue();
            QueryResult qr = partner.query("SELECT Id, LastName FROM Lead");
            assertThat(qr.getSize()).isEqualTo(1);
            assertThat(qr.getRecords()[0].getField("LastName")).isEqualTo("Smith");
            assertThat(qr.getRecords()[0].getId()).isEqualTo(results[0].getId());
        }
    }
}
