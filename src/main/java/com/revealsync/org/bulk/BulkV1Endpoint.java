package com.revealsync.org.bulk;

import com.revealsync.org.data.OrgFault;
import com.revealsync.org.limits.ApiKind;
import com.revealsync.org.server.Endpoint;
import com.revealsync.org.server.Exchange;
import com.revealsync.org.server.OrgContext;
import com.revealsync.org.session.Session;
import com.revealsync.org.session.Sessions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Bulk API v1 at {@code /services/async/{version}/job...}, as {@code com.sforce.async.BulkConnection}
 * calls it: the {@code X-SFDC-Session} header on every call, XML job and batch documents, batches
 * in CSV, XML or zipped, results as CSV or XML. Every authenticated call counts as one API request.
 */
public final class BulkV1Endpoint implements Endpoint {

    /** Salesforce's limit on the bytes of one batch upload (after gzip, which does not change limits). */
    public static final int MAX_BATCH_BYTES = 10_000_000;
    private static final int MAX_JOB_BYTES = 64 * 1024;
    private static final String XML = "application/xml; charset=UTF-8";

    private final OrgContext context;
    private final BulkService service;

    public BulkV1Endpoint(OrgContext context, BulkService service) {
        this.context = context;
        this.service = service;
    }

    @Override
    public String pathPrefix() {
        return BulkPath.PREFIX;
    }

    @Override
    public void handle(Exchange exchange) throws IOException {
        try {
            BulkPath path = BulkPath.parse(exchange.path());
            Session session = admit(exchange);
            route(exchange, path, session);
        } catch (BulkApiException e) {
            exchange.send(e.httpStatus(), XML, BulkXml.error(e.code(), e.getMessage()));
        }
    }

    private Session admit(Exchange exchange) {
        // BulkConnection sends X-SFDC-Session; some clients send an OAuth token as Authorization: Bearer
        String token = exchange.header("X-SFDC-Session")
                .or(() -> exchange.header("Authorization").flatMap(Sessions::bearerToken)).orElse(null);
        Session session = context.sessions().find(token).orElseThrow(BulkApiException::invalidSession);
        try {
            long used = context.apiUsage().count(ApiKind.BULK_V1);
            exchange.setHeader("Sforce-Limit-Info", "api-usage=" + used + "/" + context.apiUsage().dailyLimit());
        } catch (OrgFault e) {
            throw BulkApiException.exceededQuota(e.getMessage());
        }
        return session;
    }

    private void route(Exchange exchange, BulkPath path, Session session) throws IOException {
        String method = exchange.method();
        switch (path.shape()) {
            case "" -> require(method, "POST", path);
            case "*" -> {
                if (method.equals("GET")) {
                    sendXml(exchange, 200, BulkXml.jobInfo(service.job(path.jobId())));
                    return;
                }
                require(method, "POST", path);
            }
            case "*/batch" -> {
                if (method.equals("GET")) {
                    sendXml(exchange, 200, BulkXml.batchInfoList(service.batches(path.jobId())));
                    return;
                }
                require(method, "POST", path);
            }
            case "*/batch/*" -> {
                require(method, "GET", path);
                sendXml(exchange, 200, BulkXml.batchInfo(service.batch(path.jobId(), path.batchId())));
                return;
            }
            case "*/batch/*/request" -> {
                require(method, "GET", path);
                Batch batch = service.request(path.jobId(), path.batchId());
                exchange.send(200, batch.requestContentType(), batch.request());
                return;
            }
            case "*/batch/*/result" -> {
                require(method, "GET", path);
                sendResult(exchange, path);
                return;
            }
            case "*/batch/*/result/*" -> {
                require(method, "GET", path);
                sendQueryResult(exchange, path);
                return;
            }
            default -> throw BulkApiException.invalidUrl("Unknown Bulk API resource: " + exchange.path());
        }
        post(exchange, path, session);
    }

    private void post(Exchange exchange, BulkPath path, Session session) throws IOException {
        switch (path.shape()) {
            case "" -> sendXml(exchange, 201, BulkXml.jobInfo(
                    service.createJob(JobRequestXml.parse(readJob(exchange)), session.userId(), path.version())));
            case "*" -> sendXml(exchange, 200, BulkXml.jobInfo(
                    service.changeState(path.jobId(), JobRequestXml.parse(readJob(exchange)))));
            default -> {
                byte[] body = BodyReader.read(exchange, MAX_BATCH_BYTES);
                if (body == null) {
                    throw BulkApiException.clientInput("Failed to read request. Exceeded max size limit of " + MAX_BATCH_BYTES);
                }
                String contentType = exchange.header("Content-Type").orElse(null);
                sendXml(exchange, 201, BulkXml.batchInfo(service.addBatch(path.jobId(), contentType, body)));
            }
        }
    }

    private void sendResult(Exchange exchange, BulkPath path) throws IOException {
        JobSpec spec = service.spec(path.jobId());
        Batch batch = service.completedBatch(path.jobId(), path.batchId());
        if (spec.operation().isQuery()) {
            sendXml(exchange, 200, BulkXml.resultList(batch.queryResults()));
        } else if (spec.contentType().csv()) {
            exchange.send(200, "text/csv; charset=UTF-8", ResultCsv.write(batch.results()));
        } else {
            sendXml(exchange, 200, BulkXml.results(batch.results()));
        }
    }

    private void sendQueryResult(Exchange exchange, BulkPath path) throws IOException {
        Batch batch = service.completedBatch(path.jobId(), path.batchId());
        if (batch.queryResults() == null) {
            throw BulkApiException.invalidBatch("Batch " + path.batchId() + " is not a query batch: it has no result files");
        }
        QueryResultFile file = batch.queryResults().stream().filter(f -> f.id().equals(path.resultId())).findFirst()
                .orElseThrow(() -> BulkApiException.invalidBatch("Unable to find result " + path.resultId()
                        + " of batch " + path.batchId()));
        exchange.send(200, file.contentType() + "; charset=UTF-8", file.content());
    }

    private static byte[] readJob(Exchange exchange) throws IOException {
        byte[] body = BodyReader.read(exchange, MAX_JOB_BYTES);
        if (body == null) {
            throw BulkApiException.invalidXml("The jobInfo document is larger than " + MAX_JOB_BYTES + " bytes");
        }
        return body;
    }

    private static void require(String method, String expected, BulkPath path) {
        if (!method.equals(expected)) {
            throw new BulkApiException("InvalidUrl", "HTTP method " + method + " is not allowed on this resource ("
                    + expected + " is)", 405);
        }
    }

    private static void sendXml(Exchange exchange, int status, String xml) throws IOException {
        exchange.send(status, XML, xml.getBytes(StandardCharsets.UTF_8));
    }
}
