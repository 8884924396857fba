package com.revealsync.org.bulk;

import com.revealsync.org.data.SObjectSchema;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a data batch (CSV, XML or either zipped) into records for the org, checking what Salesforce
 * checks before it saves anything: the text, the column names, the number of records.
 */
public final class BatchParser {

    /** Salesforce's limit on the records of one batch. */
    public static final int MAX_RECORDS = 10_000;

    private BatchParser() {
    }

    /** @throws BulkApiException InvalidBatch when the whole batch cannot be processed */
    public static ParsedBatch parse(SObjectSchema schema, Describer parents, BatchContentType type, byte[] body) {
        String text = BatchContent.text(type, body);
        ParsedBatch batch = type.csv() ? parseCsv(schema, parents, text, ',') : XmlBatchParser.parse(schema, text);
        if (batch.records().size() > MAX_RECORDS) {
            throw BulkApiException.invalidBatch("Exceeded number of records : " + batch.records().size()
                    + ". Number of records should be less than or equal to " + MAX_RECORDS);
        }
        return batch;
    }

    /**
     * @param parents describes the parents named by relationship columns such as
     *                {@code Account.Lusha_Company_Id__c}
     */
    public static ParsedBatch parseCsv(SObjectSchema schema, Describer parents, String text, char delimiter) {
        List<CsvRow> rows = StrictCsvReader.read(text, delimiter);
        if (rows.isEmpty()) {
            throw BulkApiException.invalidBatch("Failed to parse CSV header: the batch is empty");
        }
        CsvRow header = rows.get(0);
        if (header.malformed()) {
            throw BulkApiException.invalidBatch("Failed to parse CSV header: " + header.error());
        }
        RecordMapper mapper = RecordMapper.forHeader(schema, parents, header.cells());
        List<BatchRecord> records = new ArrayList<>(rows.size() - 1);
        for (CsvRow row : rows.subList(1, rows.size())) {
            records.add(mapper.map(row));
        }
        return new ParsedBatch(header.cells(), records);
    }
}
