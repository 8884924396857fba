package com.revealsync.org.bulk2;

import com.revealsync.org.bulk.BodyReader;
import com.revealsync.org.data.OrgFault;
import com.revealsync.org.limits.ApiKind;
import com.revealsync.org.server.Endpoint;
import com.revealsync.org.server.Exchange;
import com.revealsync.org.server.OrgContext;
import com.revealsync.org.session.Session;
import com.revealsync.org.session.Sessions;
import java.io.IOException;

/**
 * Bulk API 2.0 at {@code /services/data/v{version}/jobs/ingest} and {@code .../jobs/query}, with
 * {@code Authorization: Bearer} tokens, JSON job documents and CSV data, errors as Salesforce's
 * REST errors. Every authenticated call counts as one API request.
 */
public final class Bulk2Endpoint implements Endpoint {

    /** Salesforce's limit on one Bulk API 2.0 upload. */
    public static final int MAX_UPLOAD_BYTES = 150 * 1024 * 1024;
    private static final int MAX_JSON_BYTES = 64 * 1024;
    private static final String JSON = "application/json; charset=UTF-8";
    private static final String CSV = "text/csv; charset=UTF-8";

    private final OrgContext context;
    private final Bulk2Service service;
    private final int maxUploadBytes;

    public Bulk2Endpoint(OrgContext context, Bulk2Service service) {
        this(context, service, MAX_UPLOAD_BYTES);
    }

    Bulk2Endpoint(OrgContext context, Bulk2Service service, int maxUploadBytes) {
        this.context = context;
        this.service = service;
        this.maxUploadBytes = maxUploadBytes;
    }

    @Override
    public String pathPrefix() {
        return Bulk2Path.PREFIX;
    }

    @Override
    public void handle(Exchange exchange) throws IOException {
        try {
            Bulk2Path path = Bulk2Path.parse(exchange.path());
            Session session = admit(exchange);
            if (path.jobId() == null) {
                jobs(exchange, path, session);
            } else if (path.resource() == null) {
                job(exchange, path);
            } else {
                resource(exchange, path);
            }
        } catch (Bulk2Exception e) {
            exchange.send(e.status(), JSON, Bulk2Json.error(e.errorCode(), e.getMessage()));
        }
    }

    private Session admit(Exchange exchange) {
        String authorization = exchange.header("Authorization").orElse(null);
        String token = Sessions.bearerToken(authorization)
                .or(() -> authorization != null && authorization.regionMatches(true, 0, "OAuth ", 0, 6)
                        ? java.util.Optional.of(authorization.substring(6).strip()) : java.util.Optional.empty())
                .orElse(null);
        Session session = context.sessions().find(token).orElseThrow(Bulk2Exception::invalidSession);
        try {
            long used = context.apiUsage().count(ApiKind.BULK_V2);
            exchange.setHeader("Sforce-Limit-Info", "api-usage=" + used + "/" + context.apiUsage().dailyLimit());
        } catch (OrgFault e) {
            throw new Bulk2Exception(403, "REQUEST_LIMIT_EXCEEDED", e.getMessage());
        }
        return session;
    }

    private void jobs(Exchange exchange, Bulk2Path path, Session session) throws IOException {
        switch (exchange.method()) {
            case "GET" -> exchange.send(200, JSON, Bulk2Json.list(service.all(path.query())));
            case "POST" -> {
                var request = Bulk2Json.fields(read(exchange, MAX_JSON_BYTES));
                Job2Info info = path.query()
                        ? service.createQueryJob(request, session.userId(), path.version())
                        : service.createIngestJob(request, session.userId(), path.version());
                exchange.send(200, JSON, Bulk2Json.brief(info));
            }
            default -> throw notAllowed(exchange, "GET, POST");
        }
    }

    private void job(Exchange exchange, Bulk2Path path) throws IOException {
        switch (exchange.method()) {
            case "GET" -> exchange.send(200, JSON, Bulk2Json.full(service.info(path.jobId(), path.query())));
            case "PATCH" -> {
                String state = Bulk2Json.fields(read(exchange, MAX_JSON_BYTES)).get("state");
                exchange.send(200, JSON, Bulk2Json.brief(service.changeState(path.jobId(), path.query(), state)));
            }
            case "DELETE" -> {
                service.delete(path.jobId(), path.query());
                exchange.send(204, null, new byte[0]);
            }
            default -> throw notAllowed(exchange, "GET, PATCH, DELETE");
        }
    }

    private void resource(Exchange exchange, Bulk2Path path) throws IOException {
        Job2 job = service.job(path.jobId(), path.query());
        String resource = path.resource();
        if (!path.query() && resource.equals("batches")) {
            if (!exchange.method().equals("PUT")) {
                throw notAllowed(exchange, "PUT");
            }
            String type = exchange.header("Content-Type").orElse("");
            if (!type.toLowerCase(java.util.Locale.ROOT).startsWith("text/csv")) {
                throw Bulk2Exception.invalidJob("Upload job data as text/csv, not " + (type.isEmpty() ? "(no Content-Type)" : type));
            }
            job.upload(readUpload(exchange));
            exchange.send(201, null, new byte[0]);
            return;
        }
        if (!exchange.method().equals("GET")) {
            throw notAllowed(exchange, "GET");
        }
        if (path.query() && resource.equals("results")) {
            QueryResultsPage.send(exchange, job);
            return;
        }
        if (path.query()) {
            throw Bulk2Exception.notFound();
        }
        requireFinished(job);
        String csv = switch (resource) {
            case "successfulResults" -> Bulk2Results.successful(job);
            case "failedResults" -> Bulk2Results.failed(job);
            case "unprocessedrecords" -> Bulk2Results.unprocessed(job);
            default -> throw Bulk2Exception.notFound();
        };
        exchange.send(200, CSV, csv);
    }

    static void requireFinished(Job2 job) {
        Job2State state = job.state();
        if (!state.finished()) {
            throw Bulk2Exception.invalidJobState("Job " + job.spec().id() + " is " + state
                    + ": its results are available once it is JobComplete, Failed or Aborted");
        }
    }

    private byte[] readUpload(Exchange exchange) throws IOException {
        byte[] body = BodyReader.read(exchange, maxUploadBytes);
        if (body == null) {
            throw new Bulk2Exception(413, "REQUEST_TOO_LARGE", "The upload exceeds the limit of " + maxUploadBytes
                    + " bytes for one Bulk API 2.0 job: split the data over several jobs");
        }
        return body;
    }

    private static byte[] read(Exchange exchange, int limit) throws IOException {
        byte[] body = BodyReader.read(exchange, limit);
        if (body == null) {
            throw new Bulk2Exception(400, "JSON_PARSER_ERROR", "The request body is larger than " + limit + " bytes");
        }
        return body;
    }

    private static Bulk2Exception notAllowed(Exchange exchange, String allowed) {
        exchange.setHeader("Allow", allowed.replace(" ", ""));
        return new Bulk2Exception(405, "METHOD_NOT_ALLOWED", "HTTP Method '" + exchange.method()
                + "' not allowed. Allowed are " + allowed.replace(" ", ""));
    }
}
