package com.revealsync.org.bulk;

import com.opencsv.ICSVWriter;
import com.revealsync.org.data.QueryRecord;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the rows of a bulk query as CSV: the columns of the SELECT list as written (parent fields
 * such as {@code Account.Name} included), every value quoted, null as an empty value. A query that
 * finds nothing gives Salesforce's text {@code Records not found for this query}.
 */
public final class QueryResultWriter {

    public static final String NO_RECORDS = "Records not found for this query";
    private static final Pattern SELECT_LIST = Pattern.compile("(?is)^\\s*select\\s+(.*?)\\s+from\\s");

    private QueryResultWriter() {
    }

    public static String csv(String soql, List<QueryRecord> records) {
        if (records.isEmpty()) {
            return NO_RECORDS;
        }
        List<String> columns = columns(soql);
        StringWriter out = new StringWriter();
        try (ICSVWriter csv = ResultCsv.writer(out)) {
            csv.writeNext(columns.toArray(String[]::new));
            for (QueryRecord record : records) {
                String[] row = new String[columns.size()];
                for (int i = 0; i < row.length; i++) {
                    String value = value(record, columns.get(i));
                    row[i] = value == null ? "" : value;
                }
                csv.writeNext(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The field paths of the SELECT list, e.g. {@code [Id, LastName, Account.Name]}. */
    public static List<String> columns(String soql) {
        Matcher m = SELECT_LIST.matcher(soql);
        if (!m.find()) {
            throw BulkApiException.invalidBatch("Failed to process query: the query has no SELECT ... FROM");
        }
        return java.util.Arrays.stream(m.group(1).split(",")).map(String::trim).toList();
    }

    /** A field path's value in a record, names matched case-insensitively as SOQL does. */
    public static String value(QueryRecord record, String path) {
        Object current = record;
        for (String part : path.split("\\.")) {
            if (!(current instanceof QueryRecord r)) {
                return null;
            }
            current = field(r.fields(), part);
        }
        return current instanceof QueryRecord ? null : (String) current;
    }

    private static Object field(Map<String, Object> fields, String name) {
        Object exact = fields.get(name);
        if (exact != null) {
            return exact;
        }
        for (Map.Entry<String, Object> e : fields.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name)) {
                return e.getValue();
            }
        }
        return null;
    }
}
