package com.revealsync.org.bulk;

import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import com.revealsync.org.data.OrgError;
import com.revealsync.org.data.SaveResult;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The CSV result of a data batch, one row per request row in request order, every value quoted:
 * <pre>
 * "Id","Success","Created","Error"
 * "00Q5g000001AbCdEAF","true","true",""
 * "","false","false","REQUIRED_FIELD_MISSING:Required fields are missing: [LastName]:LastName --"
 * </pre>
 */
public final class ResultCsv {

    private ResultCsv() {
    }

    public static String write(List<SaveResult> results) {
        StringWriter out = new StringWriter(64 + results.size() * 48);
        try (ICSVWriter csv = writer(out)) {
            csv.writeNext(new String[] {"Id", "Success", "Created", "Error"});
            for (SaveResult r : results) {
                csv.writeNext(new String[] {
                        r.id() == null ? "" : r.id(), String.valueOf(r.success()), String.valueOf(r.created()),
                        errorText(r.errors())});
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * Salesforce's text for a record's errors: {@code CODE:message:Field1 Field2 --} for each error,
     * {@code CODE:message:--} when no field is concerned.
     */
    public static String errorText(List<OrgError> errors) {
        StringBuilder text = new StringBuilder();
        for (OrgError e : errors) {
            text.append(e.statusCode()).append(':').append(e.message()).append(':');
            for (String field : e.fields()) {
                text.append(field).append(' ');
            }
            text.append("--");
        }
        return text.toString();
    }

    /** opencsv writing every value quoted, lines ended with LF, as Salesforce writes results. */
    public static ICSVWriter writer(java.io.Writer out) {
        return new CSVWriter(out, ICSVWriter.DEFAULT_SEPARATOR, ICSVWriter.DEFAULT_QUOTE_CHARACTER,
                ICSVWriter.DEFAULT_QUOTE_CHARACTER, "\n");
    }
}
