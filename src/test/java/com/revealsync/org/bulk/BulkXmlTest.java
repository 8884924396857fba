package com.revealsync.org.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import com.revealsync.org.data.OrgError;
import com.revealsync.org.data.SaveResult;
import com.sforce.async.AsyncApiException;
import com.sforce.async.AsyncExceptionCode;
import com.sforce.async.BatchInfoList;
import com.sforce.async.BatchResult;
import com.sforce.async.BatchStateEnum;
import com.sforce.async.BulkConnection;
import com.sforce.async.JobStateEnum;
import com.sforce.async.OperationEnum;
import com.sforce.async.QueryResultList;
import com.sforce.ws.bind.XMLizable;
import com.sforce.ws.parser.XmlInputStream;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The documents are read back with the WSC client's own generated readers, which enforce element order. */
class BulkXmlTest {

    private static final Instant T = Instant.parse("2026-03-01T10:15:30.123Z");

    @Test
    void jobInfoReadsBackWithEveryField() throws Exception {
        JobSpec spec = new JobSpec("7505g0000000001AAA", BulkOperation.upsert, "Lead", "Lusha_Id__c",
                ConcurrencyMode.Serial, BatchContentType.CSV, "0055g0000000001AAA", T, "65.0");
        JobInfo info = new JobInfo(spec, JobState.Closed, T, 1, 2, 3, 4, 10, 300, 7, 55, 55);

        com.sforce.async.JobInfo read = load(new com.sforce.async.JobInfo(), BulkXml.jobInfo(info));

        assertThat(read.getId()).isEqualTo("7505g0000000001AAA");
        assertThat(read.getOperation()).isEqualTo(OperationEnum.upsert);
        assertThat(read.getObject()).isEqualTo("Lead");
        assertThat(read.getCreatedById()).isEqualTo("0055g0000000001AAA");
        assertThat(read.getCreatedDate().toInstant()).isEqualTo(T);
        assertThat(read.getState()).isEqualTo(JobStateEnum.Closed);
        assertThat(read.getExternalIdFieldName()).isEqualTo("Lusha_Id__c");
        assertThat(read.getConcurrencyMode()).isEqualTo(com.sforce.async.ConcurrencyMode.Serial);
        assertThat(read.getContentType()).isEqualTo(com.sforce.async.ContentType.CSV);
        assertThat(read.getNumberBatchesQueued()).isEqualTo(1);
        assertThat(read.getNumberBatchesInProgress()).isEqualTo(2);
        assertThat(read.getNumberBatchesCompleted()).isEqualTo(3);
        assertThat(read.getNumberBatchesFailed()).isEqualTo(4);
        assertThat(read.getNumberBatchesTotal()).isEqualTo(10);
        assertThat(read.getNumberRecordsProcessed()).isEqualTo(300);
        assertThat(read.getApiVersion()).isEqualTo(65.0);
        assertThat(read.getNumberRecordsFailed()).isEqualTo(7);
        assertThat(read.getTotalProcessingTime()).isEqualTo(55);
    }

    @Test
    void batchInfoListReadsBackWithTheStateMessage() throws Exception {
        BatchInfo failed = new BatchInfo("7515g0000000001AAA", "7505g0000000001AAA", BatchState.Failed,
                "InvalidBatch : Field name not found : Foo", T, T, 0, 0, 3, 3);
        BatchInfo done = new BatchInfo("7515g0000000002AAA", "7505g0000000001AAA", BatchState.Completed,
                null, T, T, 200, 5, 40, 40);

        BatchInfoList read = load(new BatchInfoList(), BulkXml.batchInfoList(List.of(failed, done)));

        assertThat(read.getBatchInfo()).hasSize(2);
        assertThat(read.getBatchInfo()[0].getState()).isEqualTo(BatchStateEnum.Failed);
        assertThat(read.getBatchInfo()[0].getStateMessage()).isEqualTo("InvalidBatch : Field name not found : Foo");
        assertThat(read.getBatchInfo()[1].getNumberRecordsProcessed()).isEqualTo(200);
        assertThat(read.getBatchInfo()[1].getNumberRecordsFailed()).isEqualTo(5);
        assertThat(read.getBatchInfo()[1].getJobId()).isEqualTo("7505g0000000001AAA");
    }

    @Test
    void xmlResultsReadBackInOrderWithErrors() throws Exception {
        List<SaveResult> results = List.of(SaveResult.ok("00Q5g0000000001AAA", true),
                SaveResult.failed(null, List.of(new OrgError("REQUIRED_FIELD_MISSING",
                        "Required fields are missing: [LastName]", List.of("LastName")))));

        BatchResult read = load(new BatchResult(), BulkXml.results(results));

        assertThat(read.getResult()).hasSize(2);
        assertThat(read.getResult()[0].getId()).isEqualTo("00Q5g0000000001AAA");
        assertThat(read.getResult()[0].getCreated()).isTrue();
        assertThat(read.getResult()[1].getSuccess()).isFalse();
        assertThat(read.getResult()[1].getErrors()[0].getStatusCode().name()).isEqualTo("REQUIRED_FIELD_MISSING");
        assertThat(read.getResult()[1].getErrors()[0].getFields()).containsExactly("LastName");
    }

    @Test
    void resultListAndErrorReadBack() throws Exception {
        QueryResultList list = load(new QueryResultList(),
                BulkXml.resultList(List.of(new QueryResultFile("7525g0000000001AAA", "text/csv", new byte[0]))));
        AsyncApiException error = load(new AsyncApiException(), BulkXml.error("InvalidSessionId", "Invalid session id"));

        assertThat(list.getResult()).containsExactly("7525g0000000001AAA");
        assertThat(error.getExceptionCode()).isEqualTo(AsyncExceptionCode.InvalidSessionId);
        assertThat(error.getExceptionMessage()).isEqualTo("Invalid session id");
    }

    private static <T extends XMLizable> T load(T target, String xml) throws Exception {
        XmlInputStream in = new XmlInputStream();
        in.setInput(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "UTF-8");
        target.load(in, BulkConnection.typeMapper);
        return target;
    }
}
