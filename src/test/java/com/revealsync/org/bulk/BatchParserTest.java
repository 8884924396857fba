package com.revealsync.org.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.revealsync.org.data.RecordInput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class BatchParserTest {

    @Test
    void csvCellsBecomeRecordInputsEmptyMeansNotSetAndNaMeansNull() {
        ParsedBatch batch = parse(BatchContentType.CSV, "id,lastname,Email,Phone\n00Q000000000001AAA,Smith,,#N/A\n");

        RecordInput input = batch.records().get(0).input();
        assertThat(input.type()).isEqualTo("Lead");
        assertThat(input.id()).isEqualTo("00Q000000000001AAA");
        assertThat(input.values()).containsExactly(java.util.Map.entry("Id", "00Q000000000001AAA"),
                java.util.Map.entry("LastName", "Smith"));
        assertThat(input.fieldsToNull()).containsExactly("Phone");
        assertThat(batch.header()).containsExactly("id", "lastname", "Email", "Phone");
    }

    @Test
    void anUnknownColumnFailsTheBatchNamingIt() {
        assertThatThrownBy(() -> parse(BatchContentType.CSV, "LastName,Foo\nSmith,x\n"))
                .isInstanceOfSatisfying(BulkApiException.class, e -> {
                    assertThat(e.code()).isEqualTo("InvalidBatch");
                    assertThat(e.getMessage()).isEqualTo("Field name not found : Foo");
                });
    }

    @Test
    void aRowWithTheWrongNumberOfValuesFailsAloneWithItsLine() {
        ParsedBatch batch = parse(BatchContentType.CSV, "LastName,Company\nSmith,Acme\nJones\nBrown,Initech\n");

        assertThat(batch.records()).hasSize(3);
        assertThat(batch.records().get(0).readable()).isTrue();
        assertThat(batch.records().get(1).error().statusCode()).isEqualTo("INVALID_INPUT");
        assertThat(batch.records().get(1).error().message()).isEqualTo("Line 3 has 1 values but the header names 2 fields");
        assertThat(batch.records().get(2).input().values()).containsEntry("Company", "Initech");
    }

    @Test
    void aRelationshipColumnNamesTheParentByItsExternalId() {
        ParsedBatch batch = BatchParser.parseCsv(TestSchemas.contact(), TestSchemas::describe,
                "LastName,account.lusha_company_id__c\nSmith,C-42\n", ',');

        assertThat(batch.records().get(0).input().values())
                .containsExactly(java.util.Map.entry("LastName", "Smith"), java.util.Map.entry("Account.Lusha_Company_Id__c", "C-42"));
        assertThatThrownBy(() -> BatchParser.parseCsv(TestSchemas.contact(), TestSchemas::describe,
                "LastName,Account.Nope\nSmith,x\n", ',')).hasMessage("Field name not found : Account.Nope");
        assertThatThrownBy(() -> BatchParser.parseCsv(TestSchemas.contact(), TestSchemas::describe,
                "LastName,Owner.Name\nSmith,x\n", ',')).hasMessage("Field name not found : Owner.Name");
    }

    @Test
    void moreThanTenThousandRecordsFailTheBatch() {
        StringBuilder csv = new StringBuilder("LastName\n");
        for (int i = 0; i <= BatchParser.MAX_RECORDS; i++) {
            csv.append("Row").append(i).append('\n');
        }
        assertThatThrownBy(() -> parse(BatchContentType.CSV, csv.toString()))
                .hasMessage("Exceeded number of records : 10001. Number of records should be less than or equal to 10000");
    }

    @Test
    void xmlRecordsWithNilAndEmptyElements() {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sObjects xmlns=\"http://www.force.com/2009/06/asyncapi/dataload\""
                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><sObject><LastName>O&apos;Brien &amp; Co</LastName>"
                + "<Phone xsi:nil=\"true\"/><Email></Email></sObject><sObject><Id>00Q000000000001AAA</Id></sObject></sObjects>";

        ParsedBatch batch = parse(BatchContentType.XML, xml);

        assertThat(batch.records()).hasSize(2);
        assertThat(batch.records().get(0).input().values()).containsExactly(java.util.Map.entry("LastName", "O'Brien & Co"));
        assertThat(batch.records().get(0).input().fieldsToNull()).containsExactly("Phone");
        assertThat(batch.records().get(1).input().id()).isEqualTo("00Q000000000001AAA");
    }

    @Test
    void zippedCsvIsReadFromRequestTxt() throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("request.txt"));
            out.write("LastName,Company\nSmith,Acme\n".getBytes(StandardCharsets.UTF_8));
        }
        ParsedBatch batch = BatchParser.parse(TestSchemas.lead(), TestSchemas::describe, BatchContentType.ZIP_CSV, zip.toByteArray());

        assertThat(batch.records().get(0).input().values()).containsEntry("Company", "Acme");
    }

    @Test
    void aZipWithoutRequestTxtFailsTheBatch() throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("data.csv"));
            out.write("LastName\nSmith\n".getBytes(StandardCharsets.UTF_8));
        }
        assertThatThrownBy(() -> BatchParser.parse(TestSchemas.lead(), TestSchemas::describe, BatchContentType.ZIP_CSV, zip.toByteArray()))
                .hasMessage("The request.txt file can't be found in the zip file");
    }

    @Test
    void invalidUtf8FailsTheBatch() {
        byte[] latin1 = "LastName\nM\u00fcller\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> BatchParser.parse(TestSchemas.lead(), TestSchemas::describe, BatchContentType.CSV, latin1))
                .hasMessage("The batch is not valid UTF-8 text");
    }

    private static ParsedBatch parse(BatchContentType type, String text) {
        return BatchParser.parse(TestSchemas.lead(), TestSchemas::describe, type, text.getBytes(StandardCharsets.UTF_8));
    }
}
