package com.revealsync.org.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.revealsync.org.data.OrgData;
import com.revealsync.org.data.OrgDatabase;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Job and batch states, with the batch pool driven by hand so that every state is reached on purpose. */
class BulkServiceTest {

    private final OrgData data = OrgDatabase.inMemory();
    private final Deque<Runnable> pool = new ArrayDeque<>();
    private final BulkService service = new BulkService(() -> data, new BulkExecutor(pool::add), new BulkIds(), Clock.systemUTC());
    private final String admin = data.userByUsername("admin@reveal-sync.local").orElseThrow().id();

    @AfterEach
    void close() {
        data.close();
    }

    @Test
    void abortingAJobLeavesItsQueuedBatchesNotProcessed() {
        JobInfo job = service.createJob(new JobRequest("insert", "Lead", null, null, "CSV", null), admin, "65.0");
        String jobId = job.spec().id();
        BatchInfo first = upload(jobId, "LastName,Company\nA,Acme\n");
        BatchInfo second = upload(jobId, "LastName,Company\nB,Acme\n");
        BatchInfo third = upload(jobId, "LastName,Company\nC,Acme\n");

        pool.poll().run();
        JobInfo aborted = service.changeState(jobId, new JobRequest(null, null, null, null, null, "Aborted"));
        pool.forEach(Runnable::run);

        assertThat(aborted.state()).isEqualTo(JobState.Aborted);
        assertThat(service.batch(jobId, first.id()).state()).isEqualTo(BatchState.Completed);
        assertThat(service.batch(jobId, second.id()).state()).isEqualTo(BatchState.NotProcessed);
        assertThat(service.batch(jobId, third.id()).state()).isEqualTo(BatchState.NotProcessed);
        assertThat(data.query("SELECT Id FROM Lead WHERE LastName = 'B'", 200).records()).isEmpty();
        assertThat(aborted.batchesCompleted()).isEqualTo(1);
        assertThat(aborted.batchesTotal()).isEqualTo(3);
        assertThatThrownBy(() -> service.completedBatch(jobId, second.id())).hasMessage("Records not processed");
        assertThatThrownBy(() -> upload(jobId, "LastName,Company\nD,Acme\n"))
                .hasMessage("Job " + jobId + " is Aborted: batches can only be added to an Open job");
    }

    @Test
    void aBatchIsQueuedThenInProgressThenCompletedAndResultsWaitForIt() {
        String jobId = service.createJob(new JobRequest("insert", "Lead", null, null, "CSV", null), admin, "65.0").spec().id();
        BatchInfo batch = upload(jobId, "LastName,Company\nA,Acme\n");

        assertThat(batch.state()).isEqualTo(BatchState.Queued);
        assertThat(service.job(jobId).batchesQueued()).isEqualTo(1);
        assertThatThrownBy(() -> service.completedBatch(jobId, batch.id())).hasMessage("Batch not completed");
        pool.poll().run();
        assertThat(service.batch(jobId, batch.id()).state()).isEqualTo(BatchState.Completed);
        assertThat(service.completedBatch(jobId, batch.id()).results()).hasSize(1);
    }

    @Test
    void aSerialJobHandsThePoolOneBatchAtATimeInUploadOrder() {
        String jobId = service.createJob(new JobRequest("insert", "Lead", null, "Serial", "CSV", null), admin, "65.0")
                .spec().id();
        List<BatchInfo> batches = List.of(upload(jobId, "LastName,Company\nS1,Acme\n"),
                upload(jobId, "LastName,Company\nS2,Acme\n"), upload(jobId, "LastName,Company\nS3,Acme\n"));

        assertThat(pool).hasSize(1);
        pool.poll().run();

        assertThat(batches).allSatisfy(b -> assertThat(service.batch(jobId, b.id()).state()).isEqualTo(BatchState.Completed));
        List<String> created = data.query("SELECT LastName FROM Lead WHERE LastName LIKE 'S%' ORDER BY CreatedDate, Id", 200)
                .records().stream().map(r -> (String) r.fields().get("LastName")).toList();
        assertThat(created).containsExactly("S1", "S2", "S3");
    }

    @Test
    void aParallelJobHandsThePoolEveryBatchAtOnce() {
        String jobId = service.createJob(new JobRequest("insert", "Lead", null, "Parallel", "CSV", null), admin, "65.0")
                .spec().id();
        upload(jobId, "LastName,Company\nP1,Acme\n");
        upload(jobId, "LastName,Company\nP2,Acme\n");

        assertThat(pool).hasSize(2);
    }

    @Test
    void aJobCanOnlyBeClosedOnceAndOnlyToClosedOrAborted() {
        String jobId = service.createJob(new JobRequest("insert", "Lead", null, null, "CSV", null), admin, "65.0").spec().id();

        assertThatThrownBy(() -> service.changeState(jobId, new JobRequest(null, null, null, null, null, "Open")))
                .hasMessage("A job's state can only be changed to Closed or Aborted, not Open");
        service.changeState(jobId, new JobRequest(null, null, null, null, null, "Closed"));
        assertThatThrownBy(() -> service.changeState(jobId, new JobRequest(null, null, null, null, null, "Closed")))
                .hasMessage("Job " + jobId + " is Closed and cannot be closed: only an Open job can");
    }

    @Test
    void finishedJobsAreForgottenAfterSevenDaysAndOpenOnesKept() {
        MovableClock clock = new MovableClock();
        BulkService timed = new BulkService(() -> data, new BulkExecutor(Runnable::run), new BulkIds(), clock);
        String done = timed.createJob(new JobRequest("insert", "Lead", null, null, "CSV", null), admin, "65.0").spec().id();
        timed.addBatch(done, "text/csv", "LastName,Company\nOld,Acme\n".getBytes(StandardCharsets.UTF_8));
        timed.changeState(done, new JobRequest(null, null, null, null, null, "Closed"));
        String open = timed.createJob(new JobRequest("insert", "Lead", null, null, "CSV", null), admin, "65.0").spec().id();

        clock.advance(BulkService.RETENTION.plusMinutes(1));
        timed.createJob(new JobRequest("insert", "Lead", null, null, "CSV", null), admin, "65.0");

        assertThatThrownBy(() -> timed.job(done)).hasMessage("Unable to find job with id: " + done);
        assertThat(timed.job(open).state()).isEqualTo(JobState.Open);
    }

    /** A clock that tests move forward by hand. */
    private static final class MovableClock extends Clock {
        private java.time.Instant now = java.time.Instant.parse("2026-03-01T00:00:00Z");

        void advance(java.time.Duration by) {
            now = now.plus(by);
        }

        @Override
        public java.time.ZoneId getZone() {
            return java.time.ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public java.time.Instant instant() {
            return now;
        }
    }

    private BatchInfo upload(String jobId, String csv) {
        return service.addBatch(jobId, "text/csv", csv.getBytes(StandardCharsets.UTF_8));
    }
}
