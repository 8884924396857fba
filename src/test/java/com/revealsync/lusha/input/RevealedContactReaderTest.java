package com.revealsync.lusha.input;

import static org.assertj.core.api.Assertions.assertThat;

import com.revealsync.lusha.InputRow;
import com.revealsync.lusha.LushaField;
import com.revealsync.lusha.RevealedContact;
import com.revealsync.lusha.RowProblem;
import com.revealsync.lusha.RowRef;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.ExecutionContext;

class RevealedContactReaderTest {

    static final String HEADER = "lusha_id,revealed_by,export_as,first_name,last_name,email_1,email_1_type,"
            + "phone_1_type,revealed_at,company_description\n";

    @TempDir
    Path dir;

    @Test
    void readsHeaderByKey() throws IOException {
        Path file = write("a.csv", HEADER + "L1,dana@acme-sales.example,lead,Maya,Cohen,maya@northwind.example,work,"
                + "mobile,2026-11-26T09:15:00Z,Analytics\n");

        RevealedContact contact = (RevealedContact) readAll(file).get(0);

        assertThat(contact.source()).isEqualTo(new RowRef(file.toString(), 2));
        assertThat(contact.lushaId()).isEqualTo("L1");
        assertThat(contact.revealedBy()).isEqualTo("dana@acme-sales.example");
        assertThat(contact.get(LushaField.EXPORT_AS)).as("choices take their canonical spelling").isEqualTo("Lead");
        assertThat(contact.get(LushaField.EMAIL_1)).isEqualTo("maya@northwind.example");
        assertThat(contact.get(LushaField.PHONE_1_TYPE)).isEqualTo("mobile");
    }

    @Test
    void readsHeaderByDisplayNameInAnyCase() throws IOException {
        Path file = write("a.csv", "LUSHA ID,lusha user,Email 1,  First Name \nL1,omer@acme-sales.example,x@y.example,Noa\n");

        RevealedContact contact = (RevealedContact) readAll(file).get(0);

        assertThat(contact.values()).containsEntry(LushaField.LUSHA_ID, "L1")
                .containsEntry(LushaField.REVEALED_BY, "omer@acme-sales.example")
                .containsEntry(LushaField.EMAIL_1, "x@y.example")
                .containsEntry(LushaField.FIRST_NAME, "Noa");
    }

    @Test
    void acceptsBomAndCrlfLineBreaks() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = "Lusha ID,Lusha User,First Name\r\nL1,lee@acme-sales.example,Zoë\r\nL2,lee@acme-sales.example,יעל\r\n"
                .getBytes(StandardCharsets.UTF_8);
        Path file = dir.resolve("bom.csv");
        Files.write(file, concat(bom, text));

        List<InputRow> rows = readAll(file);

        assertThat(rows).allMatch(RevealedContact.class::isInstance);
        assertThat(((RevealedContact) rows.get(0)).lushaId()).isEqualTo("L1");
        assertThat(((RevealedContact) rows.get(0)).get(LushaField.FIRST_NAME)).isEqualTo("Zoë");
        assertThat(((RevealedContact) rows.get(1)).get(LushaField.FIRST_NAME)).isEqualTo("יעל");
        assertThat(rows.get(1).source().line()).isEqualTo(3);
    }

    @Test
    void keepsUnknownColumnsAndEveryRawValueInSourceColumns() throws IOException {
        Path file = write("a.csv", "lusha_id,revealed_by,List Name,first_name\nL1,dana@acme-sales.example,Q4 Outbound,  Maya \n");

        RevealedContact contact = (RevealedContact) readAll(file).get(0);

        assertThat(contact.sourceColumns()).containsExactly(
                java.util.Map.entry("lusha_id", "L1"), java.util.Map.entry("revealed_by", "dana@acme-sales.example"),
                java.util.Map.entry("List Name", "Q4 Outbound"), java.util.Map.entry("first_name", "  Maya "));
        assertThat(contact.get(LushaField.FIRST_NAME)).as("values are stripped").isEqualTo("Maya");
        assertThat(contact.has(LushaField.LAST_NAME)).isFalse();
    }

    @Test
    void reportsEachRowProblemWithItsLineAndGoesOn() throws IOException {
        Path file = write("a.csv", HEADER
                + "L1,dana@acme-sales.example,Lead,Maya,Cohen,m@x.example,work,mobile,2026-11-26T09:15:00Z,\n"   // 2
                + "L2,dana@acme-sales.example,Lead,Maya,Cohen\n"                                             // 3
                + ",dana@acme-sales.example,Lead,Maya,Cohen,m@x.example,work,mobile,,\n"                       // 4
                + "L4,dana@acme-sales.example,Opportunity,Maya,Cohen,m@x.example,work,mobile,,\n"             // 5
                + "L5,dana@acme-sales.example,Contact,Maya,Cohen,m@x.example,business,mobile,,\n"             // 6
                + "L6,dana@acme-sales.example,Contact,Maya,Cohen,m@x.example,work,cell,,\n"                   // 7
                + "L7,dana@acme-sales.example,Contact,Maya,Cohen,m@x.example,work,,26/11/2026 09:15,\n"       // 8
                + "L8,not-an-email,Contact,Maya,Cohen,m@x.example,work,,,\n"                                  // 9
                + "L9,,Leads,Maya,Cohen,,,,,\n"                                                               // 10
                + "L10,dana@acme-sales.example,,Ok,Row,,,,,\n");                                              // 11

        List<InputRow> rows = readAll(file);

        assertThat(rows).hasSize(10);
        assertThat(rows.get(0)).isInstanceOf(RevealedContact.class);
        assertProblem(rows.get(1), 3, RowProblem.INVALID_ROW, null, "has 5 values where the header has 10 columns");
        assertProblem(rows.get(2), 4, RowProblem.REQUIRED_VALUE_MISSING, "lusha_id", "lusha_id is empty");
        assertProblem(rows.get(3), 5, RowProblem.INVALID_VALUE, "export_as", "\"Opportunity\" is not one of Lead, Contact");
        assertProblem(rows.get(4), 6, RowProblem.INVALID_VALUE, "email_1_type", "\"business\" is not one of work, personal");
        assertProblem(rows.get(5), 7, RowProblem.INVALID_VALUE, "phone_1_type", "\"cell\" is not one of mobile, direct, other");
        assertProblem(rows.get(6), 8, RowProblem.INVALID_VALUE, "revealed_at", "is not an ISO-8601 timestamp");
        assertProblem(rows.get(7), 9, RowProblem.INVALID_VALUE, "revealed_by", "is not an email address");
        assertProblem(rows.get(8), 10, RowProblem.REQUIRED_VALUE_MISSING, "revealed_by",
                "revealed_by is empty; export_as \"Leads\" is not one of Lead, Contact");
        assertThat(rows.get(9)).isInstanceOf(RevealedContact.class);
        assertThat(((RowProblem) rows.get(3)).rawColumns()).containsEntry("export_as", "Opportunity");
    }

    @Test
    void countsLinesOfQuotedValuesThatSpanLines() throws IOException {
        Path file = write("a.csv", HEADER
                + "L1,dana@acme-sales.example,Lead,Maya,Cohen,,,,,\"Line one\nline two, with a comma\n\nline four\"\n" // 2-5
                + "L2,dana@acme-sales.example,Lead,\"Robert \"\"Bob\"\"\",O'Neil,,,,,\n"                            // 6
                + "\n"                                                                                          // 7
                + "L3,dana@acme-sales.example,Spaceship,A,B,,,,,\n");                                           // 8

        List<InputRow> rows = readAll(file);

        assertThat(rows).extracting(r -> r.source().line()).containsExactly(2L, 6L, 8L);
        assertThat(((RevealedContact) rows.get(0)).get(LushaField.COMPANY_DESCRIPTION))
                .isEqualTo("Line one\nline two, with a comma\n\nline four");
        assertThat(((RevealedContact) rows.get(1)).get(LushaField.FIRST_NAME)).isEqualTo("Robert \"Bob\"");
        assertProblem(rows.get(2), 8, RowProblem.INVALID_VALUE, "export_as", "Spaceship");
    }

    @Test
    void reportsAStrayQuoteAndRecoversOnTheNextLine() throws IOException {
        Path file = write("a.csv", HEADER
                + "L1,dana@acme-sales.example,Lead,\"Maya,Cohen,,,,,\n"                                 // 2: stray quote
                + "L2,dana@acme-sales.example,Lead,Noa,\"Levi, Jr.\",,,,,\n"                            // 3
                + "L3,dana@acme-sales.example,Lead,Avi,\"Ben\"Ami,,,,,\n"                               // 4: quote mid-value
                + "L4,dana@acme-sales.example,Lead,Dan,Katz,,,,,\"multi\nline\"\n"                        // 5-6
                + "L5,dana@acme-sales.example,Lead,Tal,\"Golan,,,,,\n");                                // 7: never closed

        List<InputRow> rows = readAll(file);

        assertThat(rows).extracting(r -> r.source().line()).containsExactly(2L, 3L, 4L, 5L, 7L);
        assertProblem(rows.get(0), 2, RowProblem.INVALID_ROW, null, "broken quoting");
        assertThat(((RowProblem) rows.get(0)).rawColumns())
                .containsEntry(RowProblem.RAW_LINE, "L1,dana@acme-sales.example,Lead,\"Maya,Cohen,,,,,");
        assertThat(((RevealedContact) rows.get(1)).get(LushaField.LAST_NAME)).isEqualTo("Levi, Jr.");
        assertProblem(rows.get(2), 4, RowProblem.INVALID_ROW, null, "broken quoting");
        assertThat(((RevealedContact) rows.get(3)).lushaId()).isEqualTo("L4");
        assertProblem(rows.get(4), 7, RowProblem.INVALID_ROW, null, "never closed");
    }

    @Test
    void twoStrayQuotesInTheSameColumnSwallowNoRowBetweenThem() throws IOException {
        Path file = write("a.csv", HEADER
                + "L1,dana@acme-sales.example,Lead,\"Maya,Cohen,,,,,\n"       // 2: opens a quote...
                + "L2,dana@acme-sales.example,Lead,Noa,Levi,,,,,\n"           // 3
                + "L3,dana@acme-sales.example,Lead,Avi,Katz,,,,,\n"           // 4
                + "L4,dana@acme-sales.example,Lead,Tal\",Golan,,,,,\n"        // 5: ...that this closes: 10 values
                + "L5,dana@acme-sales.example,Lead,\"Dan,Peretz,,,,,\n"       // 6: the same on adjacent rows...
                + "L6,dana@acme-sales.example,Ron\",Biton,,,,,\n"             // 7: ...the second one short a value
                + "L7,dana@acme-sales.example,Lead,Gil,Amar,,,,,\n");         // 8

        List<InputRow> rows = readAll(file);

        assertThat(rows).extracting(r -> r.source().line()).containsExactly(2L, 3L, 4L, 5L, 6L, 7L, 8L);
        assertProblem(rows.get(0), 2, RowProblem.INVALID_ROW, null, "runs into line 3, which reads as a row of its own");
        assertThat(rows.subList(1, 4)).allMatch(RevealedContact.class::isInstance);
        assertThat(((RevealedContact) rows.get(3)).get(LushaField.FIRST_NAME)).isEqualTo("Tal\"");
        assertProblem(rows.get(4), 6, RowProblem.INVALID_ROW, null, "runs over 2 lines that hold rows of their own");
        assertProblem(rows.get(5), 7, RowProblem.INVALID_ROW, null, "has 9 values where the header has 10 columns");
        assertThat(rows.get(6)).isInstanceOf(RevealedContact.class);
    }

    @Test
    void aStrayQuoteThatNeverClosesLosesNoRowAfterIt() throws IOException {
        StringBuilder csv = new StringBuilder(HEADER).append("L0,dana@acme-sales.example,Lead,\"Maya,Cohen,,,,,\n");
        for (int i = 1; i <= 150; i++) {
            csv.append("L").append(i).append(",dana@acme-sales.example,Lead,First,Last,,,,,\n");
        }
        List<InputRow> rows = readAll(write("a.csv", csv.toString()));

        assertThat(rows).hasSize(151);
        assertThat(rows.get(0)).isInstanceOf(RowProblem.class);
        assertThat(rows.subList(1, 151)).allMatch(RevealedContact.class::isInstance);
        assertThat(rows.get(150).source().line()).isEqualTo(152);
    }

    @Test
    void skipsBlankLinesAndLinesOfCommasOnly() throws IOException {
        Path file = write("a.csv", "lusha_id,revealed_by\n\nL1,dana@acme-sales.example\n   \n,\n,\nL2,dana@acme-sales.example\n\n");

        assertThat(readAll(file)).extracting(r -> r.source().line()).containsExactly(3L, 7L);
    }

    @Test
    void readsSeveralFilesInTheOrderGiven() throws IOException {
        Path b = write("b.csv", "lusha_id,revealed_by\nB1,dana@acme-sales.example\n");
        Path a = write("a.csv", "lusha_id,revealed_by\nA1,dana@acme-sales.example\nA2,dana@acme-sales.example\n");

        List<InputRow> rows = readAll(a, b);

        assertThat(rows).extracting(r -> r.source().toString())
                .containsExactly(a + ":2", a + ":3", b + ":2");
    }

    static void assertProblem(InputRow row, long line, String code, String field, String messagePart) {
        assertThat(row).isInstanceOf(RowProblem.class);
        RowProblem problem = (RowProblem) row;
        assertThat(problem.ref().line()).as("line").isEqualTo(line);
        assertThat(problem.code()).as("code of line " + line).isEqualTo(code);
        assertThat(problem.field()).as("field of line " + line).isEqualTo(field);
        assertThat(problem.message()).as("message of line " + line).contains(messagePart);
    }

    static List<InputRow> readAll(Path... files) {
        RevealedContactReader reader = new RevealedContactReader("test", List.of(files));
        reader.open(new ExecutionContext());
        List<InputRow> rows = new ArrayList<>();
        for (InputRow row = reader.read(); row != null; row = reader.read()) {
            rows.add(row);
        }
        reader.close();
        return rows;
    }

    Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
