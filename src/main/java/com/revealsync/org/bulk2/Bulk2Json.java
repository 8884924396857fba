package com.revealsync.org.bulk2;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The JSON documents of Bulk API 2.0: job info in Salesforce's field order, errors, request bodies. */
final class Bulk2Json {

    private static final JsonMapper JSON = JsonMapper.shared();
    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSxx").withZone(ZoneOffset.UTC);

    private Bulk2Json() {
    }

    /** A request body's top-level text fields. @throws Bulk2Exception JSON_PARSER_ERROR */
    static Map<String, String> fields(byte[] body) {
        JsonNode tree;
        try {
            tree = JSON.readTree(body);
        } catch (JacksonException e) {
            throw new Bulk2Exception(400, "JSON_PARSER_ERROR", firstLine(e.getOriginalMessage()));
        }
        if (tree == null || !tree.isObject()) {
            throw new Bulk2Exception(400, "JSON_PARSER_ERROR", "The request body must be a JSON object");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        tree.properties().forEach(e -> fields.put(e.getKey(), e.getValue().isNull() ? null : e.getValue().asString()));
        return fields;
    }

    /** The job as create and PATCH answer it. */
    static String brief(Job2Info info) {
        return JSON.writeValueAsString(common(info, false));
    }

    /** The job as GET answers it, with its counters. */
    static String full(Job2Info info) {
        return JSON.writeValueAsString(common(info, true));
    }

    static String list(List<Job2Info> jobs) {
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("done", true);
        page.put("records", jobs.stream().map(j -> common(j, false)).toList());
        page.put("nextRecordsUrl", null);
        return JSON.writeValueAsString(page);
    }

    static String error(String errorCode, String message) {
        Map<String, String> error = new LinkedHashMap<>();
        error.put("errorCode", errorCode);
        error.put("message", message);
        return JSON.writeValueAsString(List.of(error));
    }

    private static Map<String, Object> common(Job2Info info, boolean full) {
        Job2Spec spec = info.spec();
        Map<String, Object> job = new LinkedHashMap<>();
        job.put("id", spec.id());
        job.put("operation", spec.isQuery() ? "query" : spec.operation().name());
        job.put("object", spec.object());
        job.put("createdById", spec.createdById());
        job.put("createdDate", DATE_TIME.format(spec.createdDate()));
        job.put("systemModstamp", DATE_TIME.format(info.systemModstamp()));
        job.put("state", info.state().name());
        if (spec.externalIdFieldName() != null) {
            job.put("externalIdFieldName", spec.externalIdFieldName());
        }
        job.put("concurrencyMode", "Parallel");
        job.put("contentType", "CSV");
        job.put("apiVersion", Double.parseDouble(spec.apiVersion()));
        if (full) {
            job.put("jobType", spec.isQuery() ? "V2Query" : "V2Ingest");
        }
        if (!spec.isQuery()) {
            job.put("contentUrl", "services/data/v" + spec.apiVersion() + "/jobs/ingest/" + spec.id() + "/batches");
        }
        job.put("lineEnding", spec.lineEnding());
        job.put("columnDelimiter", spec.delimiter().name());
        if (full) {
            job.put("numberRecordsProcessed", info.recordsProcessed());
            if (!spec.isQuery()) {
                job.put("numberRecordsFailed", info.recordsFailed());
            }
            job.put("retries", 0);
            job.put("totalProcessingTime", info.totalProcessingTime());
            if (!spec.isQuery()) {
                job.put("apiActiveProcessingTime", info.totalProcessingTime());
                job.put("apexProcessingTime", 0);
            }
            if (info.errorMessage() != null) {
                job.put("errorMessage", info.errorMessage());
            }
        }
        return job;
    }

    static String date(Instant instant) {
        return DATE_TIME.format(instant);
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "The request body is not valid JSON";
        }
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }
}
