package com.revealsync.org.bulk;

import com.revealsync.org.data.OrgError;
import com.revealsync.org.data.QueryRecord;
import com.revealsync.org.data.SaveResult;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * The XML documents of Bulk API v1, with their elements in the order the WSC client's generated
 * readers require (see salesforce-wire.md).
 */
public final class BulkXml {

    public static final String NS = "http://www.force.com/2009/06/asyncapi/dataload";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private BulkXml() {
    }

    public static String jobInfo(JobInfo job) {
        return jobInfo(new Xml(1024), job, true).toString();
    }

    private static Xml jobInfo(Xml xml, JobInfo job, boolean root) {
        JobSpec spec = job.spec();
        xml.raw(root ? "<jobInfo xmlns=\"" + NS + "\">" : "<jobInfo>")
                .element("id", spec.id())
                .element("operation", spec.operation())
                .element("object", spec.object())
                .element("createdById", spec.createdById())
                .element("createdDate", date(spec.createdDate()))
                .element("systemModstamp", date(job.systemModstamp()))
                .element("state", job.state())
                .element("externalIdFieldName", spec.externalIdFieldName())
                .element("concurrencyMode", spec.concurrencyMode())
                .element("contentType", spec.contentType())
                .element("numberBatchesQueued", job.batchesQueued())
                .element("numberBatchesInProgress", job.batchesInProgress())
                .element("numberBatchesCompleted", job.batchesCompleted())
                .element("numberBatchesFailed", job.batchesFailed())
                .element("numberBatchesTotal", job.batchesTotal())
                .element("numberRecordsProcessed", job.recordsProcessed())
                .element("numberRetries", 0)
                .element("apiVersion", spec.apiVersion())
                .element("numberRecordsFailed", job.recordsFailed())
                .element("totalProcessingTime", job.totalProcessingTime())
                .element("apiActiveProcessingTime", job.apiActiveProcessingTime())
                .element("apexProcessingTime", 0);
        return xml.close("jobInfo");
    }

    public static String batchInfo(BatchInfo batch) {
        Xml xml = new Xml(512).raw("<batchInfo xmlns=\"" + NS + "\">");
        return batchFields(xml, batch).close("batchInfo").toString();
    }

    public static String batchInfoList(List<BatchInfo> batches) {
        Xml xml = new Xml(128 + batches.size() * 512).raw("<batchInfoList xmlns=\"" + NS + "\">");
        for (BatchInfo batch : batches) {
            batchFields(xml.open("batchInfo"), batch).close("batchInfo");
        }
        return xml.close("batchInfoList").toString();
    }

    private static Xml batchFields(Xml xml, BatchInfo batch) {
        return xml.element("id", batch.id())
                .element("jobId", batch.jobId())
                .element("state", batch.state())
                .element("stateMessage", batch.stateMessage())
                .element("createdDate", date(batch.createdDate()))
                .element("systemModstamp", date(batch.systemModstamp()))
                .element("numberRecordsProcessed", batch.recordsProcessed())
                .element("numberRecordsFailed", batch.recordsFailed())
                .element("totalProcessingTime", batch.totalProcessingTime())
                .element("apiActiveProcessingTime", batch.apiActiveProcessingTime())
                .element("apexProcessingTime", 0);
    }

    public static String error(String exceptionCode, String message) {
        return new Xml(256).raw("<error xmlns=\"" + NS + "\">")
                .element("exceptionCode", exceptionCode)
                .element("exceptionMessage", message)
                .close("error").toString();
    }

    /** The result of a data batch of an XML job: result order errors, id, success, created. */
    public static String results(List<SaveResult> results) {
        Xml xml = new Xml(128 + results.size() * 128)
                .raw("<results xmlns=\"" + NS + "\" xmlns:xsi=\"" + XSI + "\">");
        for (SaveResult r : results) {
            xml.open("result");
            for (OrgError e : r.errors()) {
                xml.open("errors");
                e.fields().forEach(f -> xml.element("fields", f));
                xml.element("message", e.message()).element("statusCode", e.statusCode()).close("errors");
            }
            xml.nillable("id", r.id()).element("success", r.success()).element("created", r.created())
                    .close("result");
        }
        return xml.close("results").toString();
    }

    /** The list of result ids of a query batch. */
    public static String resultList(List<QueryResultFile> files) {
        Xml xml = new Xml(256).raw("<result-list xmlns=\"" + NS + "\">");
        files.forEach(f -> xml.element("result", f.id()));
        return xml.close("result-list").toString();
    }

    /** The rows of a query batch of an XML job. */
    public static String queryResult(List<QueryRecord> records) {
        Xml xml = new Xml(256 + records.size() * 256)
                .raw("<queryResult xmlns=\"" + NS + "\" xmlns:xsi=\"" + XSI + "\">");
        for (QueryRecord record : records) {
            sObject(xml, "records", record);
        }
        return xml.close("queryResult").toString();
    }

    private static void sObject(Xml xml, String element, QueryRecord record) {
        xml.raw("<" + element + " xsi:type=\"sObject\">").element("type", record.type());
        for (Map.Entry<String, Object> field : record.fields().entrySet()) {
            if (field.getValue() instanceof QueryRecord parent) {
                sObject(xml, field.getKey(), parent);
            } else {
                xml.nillable(field.getKey(), (String) field.getValue());
            }
        }
        xml.close(element);
    }

    static String date(Instant instant) {
        return instant == null ? null : DATE_TIME.format(instant);
    }
}
