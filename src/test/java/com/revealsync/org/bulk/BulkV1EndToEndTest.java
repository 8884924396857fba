package com.revealsync.org.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.revealsync.org.EmbeddedOrg;
import com.revealsync.org.OrgSettings;
import com.sforce.async.AsyncApiException;
import com.sforce.async.AsyncExceptionCode;
import com.sforce.async.BatchInfo;
import com.sforce.async.BatchStateEnum;
import com.sforce.async.ContentType;
import com.sforce.async.JobInfo;
import com.sforce.async.JobStateEnum;
import com.sforce.async.OperationEnum;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Bulk API v1 over real HTTP with the real WSC BulkConnection: loads, results, limits, errors. */
class BulkV1EndToEndTest {

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
    void aThousandRowInsertWithBadRowsGivesOneResultPerRowInRequestOrder() throws Exception {
        StringBuilder csv = new StringBuilder("LastName,Company,Email\n");
        for (int i = 0; i < 1000; i++) {
            if (i % 100 == 7) {
                csv.append(",Acme ").append(i).append(",ok").append(i).append("@example.com\n");
            } else if (i % 100 == 42) {
                csv.append("Bad").append(i).append(",Acme,not-an-email\n");
            } else {
                csv.append("Row").append(i).append(",Acme ").append(i).append(",row").append(i).append("@example.com\n");
            }
        }
        JobInfo job = client.csvJob("Lead", OperationEnum.insert);
        BatchInfo batch = client.upload(job, csv.toString());
        client.bulk().closeJob(job.getId());

        BatchInfo done = client.awaitDone(job, batch);
        List<String[]> rows = client.resultRows(job, batch);

        assertThat(done.getState()).isEqualTo(BatchStateEnum.Completed);
        assertThat(done.getNumberRecordsProcessed()).isEqualTo(1000);
        assertThat(done.getNumberRecordsFailed()).isEqualTo(20);
        assertThat(rows).hasSize(1001);
        assertThat(rows.get(0)).containsExactly("Id", "Success", "Created", "Error");
        for (int i = 0; i < 1000; i++) {
            String[] row = rows.get(i + 1);
            if (i % 100 == 7) {
                assertThat(row).containsExactly("", "false", "false",
                        "REQUIRED_FIELD_MISSING:Required fields are missing: [LastName]:LastName --");
            } else if (i % 100 == 42) {
                assertThat(row).containsExactly("", "false", "false",
                        "INVALID_EMAIL_ADDRESS:Email: invalid email address: not-an-email:Email --");
            } else {
                assertThat(row[0]).startsWith("00Q").hasSize(18);
                assertThat(row[1]).isEqualTo("true");
                assertThat(row[2]).isEqualTo("true");
            }
        }
        String idOfRow500 = rows.get(501)[0];
        assertThat(org.data().query("SELECT LastName FROM Lead WHERE Id = '" + idOfRow500 + "'", 200)
                .records().get(0).fields().get("LastName")).isEqualTo("Row500");
        JobInfo closed = client.bulk().getJobStatus(job.getId());
        assertThat(closed.getState()).isEqualTo(JobStateEnum.Closed);
        assertThat(closed.getNumberRecordsProcessed()).isEqualTo(1000);
        assertThat(closed.getNumberRecordsFailed()).isEqualTo(20);
        assertThat(closed.getNumberBatchesCompleted()).isEqualTo(1);
    }

    @Test
    void anUpsertRerunReportsCreatedFalse() throws Exception {
        String csv = "Lusha_Id__c,LastName,Company\nup-1,One,Acme\nup-2,Two,Acme\n";

        List<String[]> first = upsertLeads(csv);
        List<String[]> second = upsertLeads(csv.replace("Two", "Deux"));

        assertThat(first.get(1)[2]).isEqualTo("true");
        assertThat(first.get(2)[2]).isEqualTo("true");
        assertThat(second.get(1)).containsExactly(first.get(1)[0], "true", "false", "");
        assertThat(second.get(2)).containsExactly(first.get(2)[0], "true", "false", "");
        assertThat(org.data().query("SELECT LastName FROM Lead WHERE Lusha_Id__c = 'up-2'", 200)
                .records().get(0).fields().get("LastName")).isEqualTo("Deux");
    }

    private List<String[]> upsertLeads(String csv) throws Exception {
        JobInfo job = client.createJob("Lead", OperationEnum.upsert, ContentType.CSV, "Lusha_Id__c", null);
        BatchInfo batch = client.upload(job, csv);
        assertThat(client.awaitDone(job, batch).getState()).isEqualTo(BatchStateEnum.Completed);
        return client.resultRows(job, batch);
    }

    @Test
    void updateAndDeleteByIdWithNaClearingAField() throws Exception {
        JobInfo insert = client.csvJob("Lead", OperationEnum.insert);
        BatchInfo created = client.upload(insert, "LastName,Company,Phone\nGone,Acme,123\nKept,Acme,456\n");
        client.awaitDone(insert, created);
        List<String[]> ids = client.resultRows(insert, created);

        JobInfo update = client.csvJob("Lead", OperationEnum.update);
        BatchInfo updated = client.upload(update, "Id,Phone,Title\n" + ids.get(2)[0] + ",#N/A,Boss\n");
        client.awaitDone(update, updated);
        JobInfo delete = client.csvJob("Lead", OperationEnum.delete);
        BatchInfo deleted = client.upload(delete, "Id\n" + ids.get(1)[0] + "\n00Q000000000000AAA\n");
        client.awaitDone(delete, deleted);

        assertThat(client.resultRows(update, updated).get(1)).containsExactly(ids.get(2)[0], "true", "false", "");
        List<String[]> deleteRows = client.resultRows(delete, deleted);
        assertThat(deleteRows.get(1)).containsExactly(ids.get(1)[0], "true", "false", "");
        assertThat(deleteRows.get(2)[1]).isEqualTo("false");
        var kept = org.data().query("SELECT Phone, Title FROM Lead WHERE Id = '" + ids.get(2)[0] + "'", 200)
                .records().get(0).fields();
        assertThat(kept.get("Phone")).isNull();
        assertThat(kept.get("Title")).isEqualTo("Boss");
        assertThat(org.data().query("SELECT Id FROM Lead WHERE Id = '" + ids.get(1)[0] + "'", 200).records()).isEmpty();
    }

    @Test
    void aBulkQueryReturnsTheRowsAsCsv() throws Exception {
        JobInfo insert = client.csvJob("Account", OperationEnum.insert);
        client.awaitDone(insert, client.upload(insert,
                "Name,Website\n\"Query, Inc.\",query.example.com\nQuery Two,\"say \"\"hi\"\"\"\n"));

        JobInfo query = client.createJob("Account", OperationEnum.query, ContentType.CSV, null, null);
        BatchInfo batch = client.upload(query, "SELECT Id, Name, Website FROM Account WHERE Name LIKE 'Query%' ORDER BY Name");
        assertThat(client.awaitDone(query, batch).getState()).isEqualTo(BatchStateEnum.Completed);
        String[] resultIds = client.bulk().getQueryResultList(query.getId(), batch.getId()).getResult();
        List<String[]> rows = BulkTestClient.csv(
                client.bulk().getQueryResultStream(query.getId(), batch.getId(), resultIds[0]));

        assertThat(resultIds).hasSize(1);
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0)).containsExactly("Id", "Name", "Website");
        assertThat(rows.get(1)[1]).isEqualTo("Query Two");
        assertThat(rows.get(1)[2]).isEqualTo("say \"hi\"");
        assertThat(rows.get(2)[1]).isEqualTo("Query, Inc.");
        assertThat(rows.get(2)[2]).isEqualTo("query.example.com");
        assertThat(rows.get(1)[0]).startsWith("001");
    }

    @Test
    void anInvalidSessionRaisesInvalidSessionId() {
        BulkTestClient stranger = new BulkTestClient(org, "00D000000000000!not-a-session");

        assertThatThrownBy(() -> stranger.csvJob("Lead", OperationEnum.insert))
                .isInstanceOfSatisfying(AsyncApiException.class,
                        e -> assertThat(e.getExceptionCode()).isEqualTo(AsyncExceptionCode.InvalidSessionId));
        assertThatThrownBy(() -> stranger.bulk().getJobStatus("7505g0000000000AAA"))
                .isInstanceOfSatisfying(AsyncApiException.class,
                        e -> assertThat(e.getExceptionCode()).isEqualTo(AsyncExceptionCode.InvalidSessionId));
    }
}
