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
import com.sforce.async.OperationEnum;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What Salesforce refuses, refused the same way, and nothing else in the job lost. */
class BulkV1BadInputTest {

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
    void anUnknownColumnFailsThatBatchOnlyAndTheNextBatchOfTheJobStillLoads() throws Exception {
        JobInfo job = client.csvJob("Lead", OperationEnum.insert);
        BatchInfo bad = client.upload(job, "LastName,Company,Foo\nSmith,Acme,x\n");
        BatchInfo good = client.upload(job, "LastName,Company\nJones,Acme\n");

        BatchInfo failed = client.awaitDone(job, bad);
        BatchInfo completed = client.awaitDone(job, good);

        assertThat(failed.getState()).isEqualTo(BatchStateEnum.Failed);
        assertThat(failed.getStateMessage()).isEqualTo("InvalidBatch : Field name not found : Foo");
        assertThat(failed.getNumberRecordsProcessed()).isZero();
        assertThat(completed.getState()).isEqualTo(BatchStateEnum.Completed);
        assertThat(client.resultRows(job, good).get(1)[1]).isEqualTo("true");
        assertRefused(() -> client.bulk().getBatchResultStream(job.getId(), bad.getId()),
                AsyncExceptionCode.InvalidBatch, "Records not processed");
        JobInfo status = client.bulk().getJobStatus(job.getId());
        assertThat(status.getNumberBatchesFailed()).isEqualTo(1);
        assertThat(status.getNumberBatchesCompleted()).isEqualTo(1);
    }

    @Test
    void rowsWithTheWrongColumnCountOrBrokenQuotingFailAloneWithTheirLine() throws Exception {
        JobInfo job = client.csvJob("Lead", OperationEnum.insert);
        BatchInfo batch = client.upload(job, """
                LastName,Company
                First,Acme
                Second
                Third,"Acme "Quoted" Co"
                "Fourth", "Acme"
                Fifth,Acme
                """);

        assertThat(client.awaitDone(job, batch).getState()).isEqualTo(BatchStateEnum.Completed);
        List<String[]> rows = client.resultRows(job, batch);

        assertThat(rows).hasSize(6);
        assertThat(rows.get(1)[1]).isEqualTo("true");
        assertThat(rows.get(2)).containsExactly("", "false", "false",
                "INVALID_INPUT:Line 3 has 1 values but the header names 2 fields:--");
        assertThat(rows.get(3)[3]).isEqualTo("INVALID_INPUT:Found characters after a closing quote."
                + " A value with quote should be within a quote (line 4):--");
        assertThat(rows.get(4)[3]).isEqualTo("INVALID_INPUT:Found unescaped quote."
                + " A value with quote should be within a quote (line 5):--");
        assertThat(rows.get(5)[1]).isEqualTo("true");
    }

    @Test
    void anInsertRowCarryingAnIdIsRefusedAsInSoap() throws Exception {
        JobInfo job = client.csvJob("Lead", OperationEnum.insert);
        BatchInfo batch = client.upload(job, "Id,LastName,Company\n00Q000000000001AAA,WithId,Acme\n,WithoutId,Acme\n");
        client.awaitDone(job, batch);

        List<String[]> rows = client.resultRows(job, batch);

        assertThat(rows.get(1)).containsExactly("", "false", "false",
                "INVALID_FIELD_FOR_INSERT_UPDATE:cannot specify Id in an insert call:Id --");
        assertThat(rows.get(2)[1]).isEqualTo("true");
    }

    @Test
    void aQuoteNeverClosedFailsTheBatch() throws Exception {
        JobInfo job = client.csvJob("Lead", OperationEnum.insert);
        BatchInfo batch = client.upload(job, "LastName,Company\nSmith,\"Acme\nJones,Acme\n");

        BatchInfo failed = client.awaitDone(job, batch);

        assertThat(failed.getState()).isEqualTo(BatchStateEnum.Failed);
        assertThat(failed.getStateMessage()).isEqualTo("InvalidBatch : Failed to parse CSV."
                + " EOF reached before closing an opened quote (the quote opened on line 2)");
    }

    @Test
    void moreThanTenThousandRecordsFailTheBatchAsSalesforceDoes() throws Exception {
        StringBuilder csv = new StringBuilder("LastName,Company\n");
        for (int i = 0; i < 10_001; i++) {
            csv.append("L").append(i).append(",C\n");
        }
        JobInfo job = client.csvJob("Lead", OperationEnum.insert);
        BatchInfo failed = client.awaitDone(job, client.upload(job, csv.toString()));

        assertThat(failed.getState()).isEqualTo(BatchStateEnum.Failed);
        assertThat(failed.getStateMessage()).isEqualTo("InvalidBatch : Exceeded number of records : 10001."
                + " Number of records should be less than or equal to 10000");
        assertThat(org.data().query("SELECT Id FROM Lead WHERE LastName = 'L10000'", 200).records()).isEmpty();
    }

    @Test
    void aBatchOverTenMegabytesIsRefusedAtUpload() throws Exception {
        String filler = "x".repeat(990);
        StringBuilder csv = new StringBuilder(10_100_000).append("LastName,Description\n");
        while (csv.length() <= BulkV1Endpoint.MAX_BATCH_BYTES) {
            csv.append("Big,").append(filler).append('\n');
        }
        JobInfo job = client.csvJob("Lead", OperationEnum.insert);

        assertRefused(() -> client.upload(job, csv.toString()), AsyncExceptionCode.ClientInputError,
                "Failed to read request. Exceeded max size limit of 10000000");
        assertThat(client.bulk().getJobStatus(job.getId()).getNumberBatchesTotal()).isZero();
    }

    @Test
    void aBatchOnAClosedJobIsRefusedWithInvalidJobState() throws Exception {
        JobInfo job = client.csvJob("Lead", OperationEnum.insert);
        client.bulk().closeJob(job.getId());

        assertRefused(() -> client.upload(job, "LastName,Company\nLate,Acme\n"), AsyncExceptionCode.InvalidJobState,
                "Job " + job.getId() + " is Closed: batches can only be added to an Open job");
    }

    @Test
    void anUnknownJobIdIsRefusedWithInvalidJob() {
        assertRefused(() -> client.bulk().getJobStatus("7505g0000000000AAA"), AsyncExceptionCode.InvalidJob,
                "Unable to find job with id: 7505g0000000000AAA");
        assertRefused(() -> client.bulk().getBatchInfoList("7505g0000000000AAA"), AsyncExceptionCode.InvalidJob,
                "Unable to find job with id: 7505g0000000000AAA");
    }

    @Test
    void badJobsAreRefusedWhenCreated() {
        assertRefused(() -> client.csvJob("Leads", OperationEnum.insert), AsyncExceptionCode.InvalidJob,
                "Unable to find object: Leads");
        assertRefused(() -> client.createJob("Lead", OperationEnum.upsert, ContentType.CSV, null, null),
                AsyncExceptionCode.InvalidJob, "External ID was blank for Lead. An External ID must be specified for upsert.");
        assertRefused(() -> client.createJob("Lead", OperationEnum.upsert, ContentType.CSV, "Phone", null),
                AsyncExceptionCode.InvalidJob,
                "Field name provided, Phone does not match an External ID, Salesforce Id, or indexed field for Lead");
    }

    private static void assertRefused(ThrowingCallable call, AsyncExceptionCode code, String message) {
        assertThatThrownBy(call).isInstanceOfSatisfying(AsyncApiException.class, e -> {
            assertThat(e.getExceptionCode()).isEqualTo(code);
            assertThat(e.getExceptionMessage()).isEqualTo(message);
        });
    }
}
