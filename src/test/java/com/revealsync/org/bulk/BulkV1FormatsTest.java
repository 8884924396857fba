package com.revealsync.org.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import com.revealsync.org.EmbeddedOrg;
import com.revealsync.org.OrgSettings;
import com.sforce.async.BatchInfo;
import com.sforce.async.BatchRequest;
import com.sforce.async.BatchResult;
import com.sforce.async.BatchStateEnum;
import com.sforce.async.ContentType;
import com.sforce.async.JobInfo;
import com.sforce.async.OperationEnum;
import com.sforce.async.SObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** XML and zipped CSV batches, XML results and the request retrieval, with the real BulkConnection. */
class BulkV1FormatsTest {

    private static EmbeddedOrg org;
    private static BulkTestClient client;

    @BeforeAll
    static void start() {
        org = EmbeddedOrg.start(OrgSettings.inMemory());
        client = new BulkTestClient(org);
    }

    @AfterAll
    static void stop() {
        org.close();
    }

    @Test
    void anXmlBatchGivesXmlResultsInOrder() throws Exception {
        JobInfo job = client.createJob("Contact", OperationEnum.insert, ContentType.XML, null, null);
        BatchRequest request = client.bulk().createBatch(job);
        request.addSObject(contact("Émile <Zola> & Co"));
        request.addSObject(contact(null));
        BatchInfo batch = request.completeRequest();

        assertThat(client.awaitDone(job, batch).getState()).isEqualTo(BatchStateEnum.Completed);
        BatchResult result = client.bulk().getBatchResult(job.getId(), batch.getId());

        assertThat(result.getResult()).hasSize(2);
        assertThat(result.getResult()[0].getSuccess()).isTrue();
        assertThat(result.getResult()[0].getCreated()).isTrue();
        assertThat(result.getResult()[0].getId()).startsWith("003");
        assertThat(result.getResult()[1].getSuccess()).isFalse();
        assertThat(result.getResult()[1].getErrors()[0].getStatusCode().name()).isEqualTo("REQUIRED_FIELD_MISSING");
        assertThat(org.data().query("SELECT LastName FROM Contact WHERE Id = '" + result.getResult()[0].getId() + "'", 200)
                .records().get(0).fields().get("LastName")).isEqualTo("Émile <Zola> & Co");
    }

    private static SObject contact(String lastName) {
        SObject contact = new SObject();
        if (lastName != null) {
            contact.setField("LastName", lastName);
        }
        contact.setField("Title", "Writer");
        return contact;
    }

    @Test
    void aZippedCsvBatchLoadsFromRequestTxt() throws Exception {
        JobInfo job = client.createJob("Account", OperationEnum.insert, ContentType.ZIP_CSV, null, null);
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("request.txt"));
            out.write("Name,NumberOfEmployees\nZipped One,12\nZipped Two,abc\n".getBytes(StandardCharsets.UTF_8));
        }
        BatchInfo batch = client.bulk().createBatchFromZipStream(job, new ByteArrayInputStream(zip.toByteArray()));

        assertThat(client.awaitDone(job, batch).getState()).isEqualTo(BatchStateEnum.Completed);
        List<String[]> rows = client.resultRows(job, batch);

        assertThat(rows.get(1)[1]).isEqualTo("true");
        assertThat(rows.get(2)[3]).startsWith("INVALID_TYPE_ON_FIELD_IN_RECORD:").endsWith(":NumberOfEmployees --");
    }

    @Test
    void aContactAttachesToItsAccountThroughTheAccountsExternalId() throws Exception {
        JobInfo accounts = client.csvJob("Account", OperationEnum.insert);
        BatchInfo account = client.upload(accounts, "Name,Lusha_Company_Id__c\nParent Co,LC-7\n");
        client.awaitDone(accounts, account);
        String accountId = client.resultRows(accounts, account).get(1)[0];

        JobInfo contacts = client.csvJob("Contact", OperationEnum.insert);
        BatchInfo batch = client.upload(contacts, "LastName,Account.Lusha_Company_Id__c\nChild,LC-7\nOrphan,LC-404\n");
        client.awaitDone(contacts, batch);
        List<String[]> rows = client.resultRows(contacts, batch);

        assertThat(rows.get(1)[1]).isEqualTo("true");
        assertThat(org.data().query("SELECT AccountId FROM Contact WHERE Id = '" + rows.get(1)[0] + "'", 200)
                .records().get(0).fields().get("AccountId")).isEqualTo(accountId);
        assertThat(rows.get(2)[1]).isEqualTo("false");
        assertThat(rows.get(2)[3]).contains("LC-404");
    }

    @Test
    void anXmlQueryJobReturnsSObjectRecords() throws Exception {
        JobInfo insert = client.csvJob("Account", OperationEnum.insert);
        client.awaitDone(insert, client.upload(insert, "Name\nXml & Query Co\n"));
        JobInfo query = client.createJob("Account", OperationEnum.query, ContentType.XML, null, null);
        BatchInfo batch = client.bulk().createBatchFromStream(query, new ByteArrayInputStream(
                "SELECT Id, Name, Website FROM Account WHERE Name = 'Xml & Query Co'".getBytes(StandardCharsets.UTF_8)));
        client.awaitDone(query, batch);

        String resultId = client.bulk().getQueryResultList(query.getId(), batch.getId()).getResult()[0];
        String xml = new String(client.bulk().getQueryResultStream(query.getId(), batch.getId(), resultId).readAllBytes(),
                StandardCharsets.UTF_8);

        assertThat(xml).contains("<queryResult xmlns=\"http://www.force.com/2009/06/asyncapi/dataload\"")
                .contains("<records xsi:type=\"sObject\"><type>Account</type><Id>001")
                .contains("<Name>Xml &amp; Query Co</Name><Website xsi:nil=\"true\"/></records>");
    }

    @Test
    void theRequestOfABatchIsReturnedAsUploaded() throws Exception {
        JobInfo job = client.csvJob("Lead", OperationEnum.insert);
        String csv = "LastName,Company\n\"O'Hara, \"\"Scarlett\"\"\",Tara\n";
        BatchInfo batch = client.upload(job, csv);

        String request = new String(client.bulk().getBatchRequestInputStream(job.getId(), batch.getId()).readAllBytes(),
                StandardCharsets.UTF_8);

        assertThat(request).isEqualTo(csv);
        client.awaitDone(job, batch);
    }
}
