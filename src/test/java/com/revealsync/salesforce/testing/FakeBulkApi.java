package com.revealsync.salesforce.testing;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvException;
import com.revealsync.salesforce.testing.FakeHttpOrg.Reply;
import com.revealsync.salesforce.testing.FakeHttpOrg.Request;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small in-test Bulk API v1 responder: keeps jobs and their CSV batches, completes a batch after a
 * set number of looks at it (listings of its job's batches, or asks for its result: before then a
 * result is refused with {@code InvalidBatch} "Batch not completed", as Salesforce and the embedded
 * org refuse it), and answers each row with a scripted result. Hooks inject the faults the
 * tests need. Not the embedded org: it knows nothing of objects or validation.
 */
public final class FakeBulkApi implements Function<Request, Reply> {

    private static final String NS = "http://www.force.com/2009/06/asyncapi/dataload";
    private static final Pattern JOB = Pattern.compile("/services/async/65\\.0/job/?$");
    private static final Pattern JOB_ID = Pattern.compile("/services/async/65\\.0/job/([^/]+)$");
    private static final Pattern BATCHES = Pattern.compile("/services/async/65\\.0/job/([^/]+)/batch/?$");
    private static final Pattern RESULT = Pattern.compile("/services/async/65\\.0/job/([^/]+)/batch/([^/]+)/result$");

    /** A batch as received: its header and rows. */
    public record Batch(String id, String jobId, List<String> header, List<Map<String, String>> rows) {
    }

    /** A job as created: its jobInfo XML and batches. */
    public record Job(String id, String jobInfo, List<Batch> batches) {
    }

    private final Map<String, Job> jobs = new LinkedHashMap<>();
    private final Map<String, Integer> polls = new LinkedHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();
    private volatile int pollsToComplete = 1;
    private volatile BiFunction<Job, Map<String, String>, String> rowResult =
            (job, row) -> "\"" + id("001") + "\",\"true\",\"true\",\"\"";
    private volatile Predicate<Request> dropAnswer = r -> false;
    private volatile Function<Batch, String> failBatch = b -> null;
    private volatile String validSession;
    private volatile long processingMillis = -1;
    private volatile boolean failedBatchesAnswerTheirFirstRow;

    public synchronized List<Job> jobs() {
        return List.copyOf(jobs.values());
    }

    /** A batch completes at the n-th look after it was added (1: the first listing, or ask for its result, finds it done). */
    public void pollsToComplete(int n) {
        pollsToComplete = n;
    }

    /** Answers each row: {@code "Id","Success","Created","Error"} values, CSV-quoted. */
    public void rowResult(BiFunction<Job, Map<String, String>, String> result) {
        rowResult = result;
    }

    /** Processes the matching requests, then closes the connection without an answer. */
    public void dropAnswerWhen(Predicate<Request> when) {
        dropAnswer = when;
    }

    /** A batch for which this returns a state message fails with it. */
    public void failBatch(Function<Batch, String> stateMessage) {
        failBatch = stateMessage;
    }

    /**
     * Listed batches carry {@code createdDate} and, once done, a {@code systemModstamp} this long
     * after it (a real org's dates: the client learns the org's pace from them). Undated by default.
     */
    public void datedBatches(long processingMillis) {
        this.processingMillis = processingMillis;
    }

    /**
     * The result of a failed batch is its first row's only (a batch that failed after processing
     * part of its rows), instead of {@code InvalidBatch}.
     */
    public void failedBatchesAnswerTheirFirstRow() {
        failedBatchesAnswerTheirFirstRow = true;
    }

    /** Only this session is accepted; others get InvalidSessionId. */
    public void acceptOnly(String session) {
        validSession = session;
    }

    public String id(String prefix) {
        return String.format("%s%015d", prefix, ids.incrementAndGet());
    }

    @Override
    public synchronized Reply apply(Request request) {
        if (validSession != null && !validSession.equals(request.header("X-SFDC-Session"))) {
            return Reply.of(400, "application/xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><error xmlns=\"" + NS
                    + "\"><exceptionCode>InvalidSessionId</exceptionCode><exceptionMessage>Invalid session id</exceptionMessage></error>");
        }
        Reply reply = route(request);
        return dropAnswer.test(request) ? Reply.drop() : reply;
    }

    private Reply route(Request request) {
        String path = request.path();
        Matcher m;
        if (request.method().equals("POST") && JOB.matcher(path).find()) {
            String id = id("750");
            String info = request.body();
            jobs.put(id, new Job(id, info, new ArrayList<>()));
            return xml(201, "<jobInfo xmlns=\"" + NS + "\"><id>" + id + "</id><operation>" + tag(info, "operation")
                    + "</operation><object>" + tag(info, "object") + "</object><state>Open</state><contentType>CSV</contentType></jobInfo>");
        }
        if (request.method().equals("POST") && (m = BATCHES.matcher(path)).find()) {
            Job job = jobs.get(m.group(1));
            Batch batch = parse(id("751"), job.id(), request.body());
            job.batches().add(batch);
            polls.put(batch.id(), 0);
            return xml(201, batchInfo(batch, "Queued"));
        }
        if (request.method().equals("GET") && (m = BATCHES.matcher(path)).find()) {
            StringBuilder list = new StringBuilder("<batchInfoList xmlns=\"" + NS + "\">");
            for (Batch batch : jobs.get(m.group(1)).batches()) {
                String state = look(batch);
                list.append(dated(batch, batchInfo(batch, state), state).replace(" xmlns=\"" + NS + "\"", "")
                        .replace("<state>Failed</state>", "<state>Failed</state><stateMessage>" + failBatch.apply(batch)
                                + "</stateMessage>"));
            }
            return xml(200, list.append("</batchInfoList>").toString());
        }
        if (request.method().equals("GET") && (m = RESULT.matcher(path)).find()) {
            Job job = jobs.get(m.group(1));
            String batchId = m.group(2);
            Batch batch = job.batches().stream().filter(b -> b.id().equals(batchId)).findFirst().orElseThrow();
            String state = look(batch);
            if (state.equals("Failed") && failedBatchesAnswerTheirFirstRow) {
                return Reply.of(200, "text/csv", "\"Id\",\"Success\",\"Created\",\"Error\"\n"
                        + rowResult.apply(job, batch.rows().get(0)) + "\n");
            }
            if (!state.equals("Completed")) {
                return xml(400, "<error xmlns=\"" + NS + "\"><exceptionCode>InvalidBatch</exceptionCode><exceptionMessage>"
                        + (state.equals("Failed") ? "Records not processed" : "Batch not completed") + "</exceptionMessage></error>");
            }
            StringBuilder csv = new StringBuilder("\"Id\",\"Success\",\"Created\",\"Error\"\n");
            batch.rows().forEach(row -> csv.append(rowResult.apply(job, row)).append('\n'));
            return Reply.of(200, "text/csv", csv.toString());
        }
        if (request.method().equals("POST") && (m = JOB_ID.matcher(path)).find()) {
            Job job = jobs.get(m.group(1));
            return xml(200, "<jobInfo xmlns=\"" + NS + "\"><id>" + job.id() + "</id><state>" + tag(request.body(), "state")
                    + "</state></jobInfo>");
        }
        return Reply.of(404, "text/plain", "not scripted: " + request.method() + " " + path);
    }

    /** One more look at the batch: its state now. */
    private String look(Batch batch) {
        int seen = polls.merge(batch.id(), 1, Integer::sum);
        return seen < pollsToComplete ? "InProgress" : failBatch.apply(batch) != null ? "Failed" : "Completed";
    }

    private String dated(Batch batch, String info, String state) {
        if (processingMillis < 0) {
            return info;
        }
        String dates = "<createdDate>2026-11-30T10:00:00.000Z</createdDate>" + (state.equals("InProgress") ? ""
                : "<systemModstamp>" + java.time.Instant.parse("2026-11-30T10:00:00Z").plusMillis(processingMillis)
                        + "</systemModstamp><numberRecordsProcessed>" + batch.rows().size() + "</numberRecordsProcessed>");
        return info.replace("</state>", "</state>" + dates);
    }

    private static String batchInfo(Batch batch, String state) {
        return "<batchInfo xmlns=\"" + NS + "\"><id>" + batch.id() + "</id><jobId>" + batch.jobId() + "</jobId><state>"
                + state + "</state></batchInfo>";
    }

    private static Batch parse(String id, String jobId, String csv) {
        try (CSVReader reader = new CSVReader(new StringReader(csv))) {
            List<String[]> lines = reader.readAll();
            List<String> header = List.of(lines.get(0));
            List<Map<String, String>> rows = new ArrayList<>();
            for (String[] line : lines.subList(1, lines.size())) {
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    row.put(header.get(i), i < line.length ? line[i] : "");
                }
                rows.add(row);
            }
            return new Batch(id, jobId, header, rows);
        } catch (IOException | CsvException e) {
            throw new IllegalStateException("the batch is not CSV: " + e.getMessage(), e);
        }
    }

    private static String tag(String xml, String name) {
        Matcher m = Pattern.compile("<" + name + ">([^<]*)</" + name + ">").matcher(xml);
        return m.find() ? m.group(1) : "";
    }

    private static Reply xml(int status, String body) {
        return Reply.of(status, "application/xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + body);
    }
}
