package com.revealsync.org.data.soql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.revealsync.org.data.OrgDatabase;
import com.revealsync.org.data.OrgFault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Query faults: Salesforce's codes, fault kinds, texts and positions. */
class SoqlErrorsTest {

    private static final String HINT = " If you are attempting to use a custom field, be sure to append the '__c' after the"
            + " custom field name. Please reference your WSDL or the describe call for the appropriate names.";

    private final OrgDatabase org = OrgDatabase.inMemory();

    @AfterEach
    void close() {
        org.close();
    }

    private OrgFault fault(String soql) {
        return catchThrowableOfType(OrgFault.class, () -> org.query(soql, 0));
    }

    @Test
    void unknownColumnIsInvalidFieldWithTheQueryLineACaretAndThePosition() {
        OrgFault fault = fault("SELECT Foo FROM Account");

        assertThat(fault.kind()).isEqualTo(OrgFault.Kind.INVALID_FIELD);
        assertThat(fault.exceptionCode()).isEqualTo("INVALID_FIELD");
        assertThat(fault.row()).isEqualTo(1);
        assertThat(fault.column()).isEqualTo(8);
        assertThat(fault.getMessage()).isEqualTo("\nSELECT Foo FROM Account\n       ^\nERROR at Row:1:Column:8\n"
                + "No such column 'Foo' on entity 'Account'." + HINT);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            SELECT Id FORM Lead                                       | MALFORMED_QUERY | MALFORMED_QUERY | 1 | 11 | unexpected token: 'FORM'
            SELECT Id FROM Foo                                        | INVALID_SOBJECT | INVALID_TYPE    | 1 | 16 | sObject type 'Foo' is not supported. If you are attempting to use a custom object, be sure to append the '__c' after the entity name. Please reference your WSDL or the describe call for the appropriate names.
            SELECT Id FROM Lead LIMIT                                 | MALFORMED_QUERY | MALFORMED_QUERY | 1 | 26 | unexpected token: <EOF>
            SELECT Id FROM Lead WHERE City = 'a' AND Title = 'b' OR Phone = 'c' | MALFORMED_QUERY | MALFORMED_QUERY | 1 | 54 | unexpected token: 'OR'
            SELECT Id FROM Lead WHERE NumberOfEmployees = '5'         | INVALID_FIELD   | INVALID_FIELD   | 1 | 47 | value of filter criterion for field 'NumberOfEmployees' must be of type integer and should not be enclosed in quotes
            SELECT Id FROM Lead WHERE Email = 5                       | INVALID_FIELD   | INVALID_FIELD   | 1 | 35 | value of filter criterion for field 'Email' must be of type string and should be enclosed in quotes
            SELECT Id FROM Lead WHERE IsConverted = 'true'            | INVALID_FIELD   | INVALID_FIELD   | 1 | 41 | value of filter criterion for field 'IsConverted' must be of type boolean and should not be enclosed in quotes
            SELECT Id FROM Lead WHERE Id = 'abc'                      | MALFORMED_QUERY | INVALID_QUERY_FILTER_OPERATOR | 1 | 32 | invalid ID field: abc
            SELECT Id, Account.Foo FROM Contact                       | INVALID_FIELD   | INVALID_FIELD   | 1 | 12 | No such column 'Foo' on entity 'Account'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name. Please reference your WSDL or the describe call for the appropriate names.
            SELECT Foo.Name FROM Contact                              | INVALID_FIELD   | INVALID_FIELD   | 1 | 8  | Didn't understand relationship 'Foo' in field path. If you are attempting to use a custom relationship, be sure to append the '__r' after the custom relationship name. Please reference your WSDL or the describe call for the appropriate names.
            SELECT Id, id FROM Lead                                   | MALFORMED_QUERY | MALFORMED_QUERY | 1 | 12 | duplicate field selected: id
            SELECT Id FROM Lead WHERE Phone < null                    | MALFORMED_QUERY | MALFORMED_QUERY | 1 | 33 | invalid operator '<' for a null value
            SELECT Id FROM Lead WHERE Email LIKE                      | MALFORMED_QUERY | MALFORMED_QUERY | 1 | 37 | unexpected token: <EOF>
            SELECT Id FROM Lead ORDER BY Bogus                        | INVALID_FIELD   | INVALID_FIELD   | 1 | 30 | No such column 'Bogus' on entity 'Lead'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name. Please reference your WSDL or the describe call for the appropriate names.
            SELECT Id FROM Lead WHERE Title = 'x' extra               | MALFORMED_QUERY | MALFORMED_QUERY | 1 | 39 | unexpected token: 'extra'
            DELETE FROM Lead                                          | MALFORMED_QUERY | MALFORMED_QUERY | 1 | 1  | unexpected token: 'DELETE'
            """)
    void faultsCarryCodeKindPositionAndText(String soql, OrgFault.Kind kind, String code, int row, int column, String reason) {
        OrgFault fault = fault(soql);

        assertThat(fault).as("fault for %s", soql).isNotNull();
        assertThat(fault.kind()).isEqualTo(kind);
        assertThat(fault.exceptionCode()).isEqualTo(code);
        assertThat(fault.row()).isEqualTo(row);
        assertThat(fault.column()).isEqualTo(column);
        assertThat(fault.getMessage()).endsWith("\nERROR at Row:" + row + ":Column:" + column + "\n" + reason);
    }

    @Test
    void positionCountsRowsOfAMultiLineQuery() {
        OrgFault fault = fault("SELECT Id\nFROM Lead\nWHERE  Bogus = 1");

        assertThat(fault.row()).isEqualTo(3);
        assertThat(fault.column()).isEqualTo(8);
        assertThat(fault.getMessage()).startsWith("\nWHERE  Bogus = 1\n       ^\n");
    }

    @Test
    void unterminatedStringIsMalformed() {
        OrgFault fault = fault("SELECT Id FROM Lead WHERE Title = 'abc");

        assertThat(fault.exceptionCode()).isEqualTo("MALFORMED_QUERY");
        assertThat(fault.column()).isEqualTo(35);
    }

    @Test
    void offsetOver2000IsOutsideTheValidRange() {
        OrgFault fault = fault("SELECT Id FROM Lead LIMIT 10 OFFSET 2001");

        assertThat(fault.exceptionCode()).isEqualTo("NUMBER_OUTSIDE_VALID_RANGE");
        assertThat(fault.getMessage()).isEqualTo("Maximum SOQL offset allowed is 2000");
        assertThat(org.query("SELECT Id FROM Lead LIMIT 10 OFFSET 2000", 0).totalSize()).isZero();
    }

    @Test
    void emptyQueryIsMalformed() {
        assertThat(fault("  ").exceptionCode()).isEqualTo("MALFORMED_QUERY");
    }
}
