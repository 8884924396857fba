package com.revealsync.org.bulk;

import static org.awaitility.Awaitility.await;

import com.opencsv.CSVReader;
import com.revealsync.org.EmbeddedOrg;
import com.revealsync.org.testing.OrgClient;
import com.sforce.async.AsyncApiException;
import com.sforce.async.BatchInfo;
import com.sforce.async.BatchStateEnum;
import com.sforce.async.BulkConnection;
import com.sforce.async.ConcurrencyMode;
import com.sforce.async.ContentType;
import com.sforce.async.JobInfo;
import com.sforce.async.OperationEnum;
import com.sforce.ws.ConnectorConfig;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/** The real WSC {@link BulkConnection} on an embedded org, with the small steps every test repeats. */
final class BulkTestClient {

    static final Duration DEADLINE = Duration.ofSeconds(60);

    private final BulkConnection bulk;

    BulkTestClient(EmbeddedOrg org) {
        this(org, new OrgClient(org).accessToken(OrgClient.ADMIN));
    }

    BulkTestClient(EmbeddedOrg org, String sessionId) {
        this.bulk = connection(org, sessionId);
    }

    static BulkConnection connection(EmbeddedOrg org, String sessionId) {
        ConnectorConfig config = new ConnectorConfig();
        config.setSessionId(sessionId);
        config.setRestEndpoint(org.baseUrl() + "/services/async/65.0");
        try {
            return new BulkConnection(config);
        } catch (AsyncApiException e) {
            throw new IllegalStateException(e);
        }
    }

    BulkConnection bulk() {
        return bulk;
    }

    JobInfo createJob(String object, OperationEnum operation, ContentType contentType, String externalId,
                      ConcurrencyMode mode) throws AsyncApiException {
        JobInfo job = new JobInfo();
        job.setObject(object);
        job.setOperation(operation);
        job.setContentType(contentType);
        if (externalId != null) {
            job.setExternalIdFieldName(externalId);
        }
        if (mode != null) {
            job.setConcurrencyMode(mode);
        }
        return bulk.createJob(job);
    }

    JobInfo csvJob(String object, OperationEnum operation) throws AsyncApiException {
        return createJob(object, operation, ContentType.CSV, null, null);
    }

    BatchInfo upload(JobInfo job, String csv) throws AsyncApiException {
        return bulk.createBatchFromStream(job, new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
    }

    /** Polls the batch until it is Completed, Failed or NotProcessed, within the deadline. */
    BatchInfo awaitDone(JobInfo job, BatchInfo batch) {
        AtomicReference<BatchInfo> last = new AtomicReference<>();
        await().atMost(DEADLINE).pollInterval(Duration.ofMillis(25)).until(() -> {
            BatchInfo info = bulk.getBatchInfo(job.getId(), batch.getId());
            last.set(info);
            return info.getState() != BatchStateEnum.Queued && info.getState() != BatchStateEnum.InProgress;
        });
        return last.get();
    }

    BatchInfo[] awaitAllDone(String jobId) {
        AtomicReference<BatchInfo[]> last = new AtomicReference<>();
        await().atMost(DEADLINE).pollInterval(Duration.ofMillis(25)).until(() -> {
            BatchInfo[] infos = bulk.getBatchInfoList(jobId).getBatchInfo();
            last.set(infos);
            return Arrays.stream(infos).noneMatch(b -> b.getState() == BatchStateEnum.Queued
                    || b.getState() == BatchStateEnum.InProgress);
        });
        return last.get();
    }

    /** The CSV result rows of a batch, header first. */
    List<String[]> resultRows(JobInfo job, BatchInfo batch) throws AsyncApiException {
        return csv(bulk.getBatchResultStream(job.getId(), batch.getId()));
    }

    static List<String[]> csv(InputStream in) {
        try (CSVReader reader = new CSVReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.readAll();
        } catch (Exception e) {
            throw new UncheckedIOException(new java.io.IOException(e));
        }
    }
}
