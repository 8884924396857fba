package com.revealsync.org.bulk2;

import com.revealsync.org.bulk.BulkApiException;
import com.revealsync.org.bulk.BulkExecutor;
import com.revealsync.org.bulk.BulkIds;
import com.revealsync.org.bulk.BulkOperation;
import com.revealsync.org.bulk.BulkService;
import com.revealsync.org.bulk.ExternalIds;
import com.revealsync.org.bulk.ConcurrencyMode;
import com.revealsync.org.data.OrgData;
import com.revealsync.org.data.OrgFault;
import com.revealsync.org.data.SObjectSchema;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bulk API 2.0 without the wire: ingest jobs (one CSV upload, then UploadComplete) and query jobs,
 * processed in the background on the Bulk pool through the org's {@link OrgData}. Jobs live in
 * memory for the life of the org. Thread-safe.
 */
public final class Bulk2Service {

    private static final Pattern FROM = Pattern.compile("(?is)\\sfrom\\s+([A-Za-z0-9_]+)");

    private final Supplier<OrgData> data;
    private final BulkExecutor executor;
    private final BulkIds ids;
    private final Clock clock;
    private final Job2Runner runner;
    private final Map<String, Job2> jobs = new ConcurrentHashMap<>();

    public Bulk2Service(Supplier<OrgData> data, BulkExecutor executor, BulkIds ids, Clock clock) {
        this.data = data;
        this.executor = executor;
        this.ids = ids;
        this.clock = clock;
        this.runner = new Job2Runner(data);
    }

    public Job2Info createIngestJob(Map<String, String> request, String userId, String apiVersion) {
        String contentType = request.getOrDefault("contentType", "CSV");
        if (!"CSV".equals(contentType)) {
            throw Bulk2Exception.invalidJob("Invalid contentType: " + contentType + " (Bulk API 2.0 takes CSV)");
        }
        BulkOperation operation = operation(request.get("operation"));
        SObjectSchema schema = object(request.get("object"));
        String externalId;
        try {
            externalId = ExternalIds.check(operation, schema, request.get("externalIdFieldName"));
        } catch (BulkApiException e) {
            throw Bulk2Exception.invalidJob(e.getMessage());
        }
        return add(new Job2Spec(ids.next(BulkIds.JOB_PREFIX), operation, schema.name(), externalId, null, userId,
                clock.instant(), apiVersion, ColumnDelimiter.parse(request.get("columnDelimiter")),
                lineEnding(request.get("lineEnding"))));
    }

    public Job2Info createQueryJob(Map<String, String> request, String userId, String apiVersion) {
        String operation = request.get("operation");
        if (!"query".equals(operation) && !"queryAll".equals(operation)) {
            throw Bulk2Exception.invalidJob("Invalid operation for a query job: " + operation + " (query or queryAll)");
        }
        String soql = request.get("query");
        if (soql == null || soql.isBlank()) {
            throw Bulk2Exception.invalidJob("A query job needs a query, e.g. {\"operation\":\"query\",\"query\":\"SELECT Id FROM Lead\"}");
        }
        Matcher from = FROM.matcher(soql);
        String object = from.find() ? object(from.group(1)).name() : null;
        Job2Info info = add(new Job2Spec(ids.next(BulkIds.JOB_PREFIX), BulkOperation.query, object, null, soql.trim(),
                userId, clock.instant(), apiVersion, ColumnDelimiter.parse(request.get("columnDelimiter")),
                lineEnding(request.get("lineEnding"))));
        schedule(jobs.get(info.spec().id()));
        return info;
    }

    public void upload(String jobId, byte[] csv) {
        find(jobId, false).upload(csv);
    }

    /** PATCH {"state": "UploadComplete" | "Aborted"}. */
    public Job2Info changeState(String jobId, boolean query, String state) {
        Job2 job = find(jobId, query);
        if ("Aborted".equals(state)) {
            job.abort();
        } else if ("UploadComplete".equals(state) && !query) {
            job.uploadComplete();
            Job2Info answer = job.info(); // taken before processing starts: the answer says UploadComplete
            schedule(job);
            return answer;
        } else {
            throw Bulk2Exception.invalidJobState("A job's state can be changed to " + (query ? "Aborted" : "UploadComplete or Aborted")
                    + " only, not " + (state == null ? "(no state given)" : state));
        }
        return job.info();
    }

    public Job2Info info(String jobId, boolean query) {
        return find(jobId, query).info();
    }

    public List<Job2Info> all(boolean query) {
        return jobs.values().stream().filter(j -> j.spec().isQuery() == query).map(Job2::info)
                .sorted(Comparator.comparing(i -> i.spec().createdDate())).toList();
    }

    public void delete(String jobId, boolean query) {
        Job2 job = find(jobId, query);
        Job2State state = job.state();
        if (state == Job2State.Open || state == Job2State.InProgress) {
            throw Bulk2Exception.invalidJobState("Job " + jobId + " is " + state + ": only a job that is UploadComplete,"
                    + " JobComplete, Failed or Aborted can be deleted");
        }
        jobs.remove(jobId);
    }

    Job2 job(String jobId, boolean query) {
        return find(jobId, query);
    }

    private Job2Info add(Job2Spec spec) {
        Instant cutoff = clock.instant().minus(BulkService.RETENTION);
        jobs.values().removeIf(j -> {
            Job2Info info = j.info();
            return info.state().finished() && info.systemModstamp().isBefore(cutoff);
        });
        Job2 job = new Job2(spec, clock);
        jobs.put(spec.id(), job);
        return job.info();
    }

    private void schedule(Job2 job) {
        executor.submit(job.spec().id(), ConcurrencyMode.Parallel, () -> runner.run(job));
    }

    private Job2 find(String jobId, boolean query) {
        Job2 job = jobId == null ? null : jobs.get(jobId);
        if (job == null || job.spec().isQuery() != query) {
            throw Bulk2Exception.notFound();
        }
        return job;
    }

    private SObjectSchema object(String name) {
        if (name == null || name.isBlank()) {
            throw Bulk2Exception.invalidJob("The job's object is required, e.g. \"object\":\"Lead\"");
        }
        try {
            return data.get().describe(name.trim());
        } catch (OrgFault e) {
            throw new Bulk2Exception(400, "INVALIDENTITY", "sObject type '" + name.trim() + "' is not supported.");
        }
    }

    private static BulkOperation operation(String name) {
        try {
            BulkOperation operation = BulkOperation.parse(name);
            if (operation.isQuery()) {
                throw Bulk2Exception.invalidJob("A query runs as a query job: POST .../jobs/query");
            }
            return operation;
        } catch (BulkApiException e) {
            throw Bulk2Exception.invalidJob(e.getMessage());
        }
    }

    private static String lineEnding(String value) {
        if (value == null || value.isBlank() || value.equals("LF")) {
            return "LF";
        }
        if (value.equals("CRLF")) {
            return "CRLF";
        }
        throw Bulk2Exception.invalidJob("Invalid lineEnding: " + value + " (LF or CRLF)");
    }
}
