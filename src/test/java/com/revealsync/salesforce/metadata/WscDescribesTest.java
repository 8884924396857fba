package com.revealsync.salesforce.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import com.sforce.soap.partner.DescribeSObjectResult;
import com.sforce.soap.partner.Field;
import com.sforce.soap.partner.FieldType;
import com.sforce.soap.partner.PicklistEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** WSC's describe objects, as the partner client parses them, into the pipeline's describe model. */
class WscDescribesTest {

    @Test
    void convertsAnObjectWithItsFields() {
        DescribeSObjectResult lead = new DescribeSObjectResult();
        lead.setName("Lead");
        lead.setLabel("Lead");
        lead.setFields(new Field[] {lastName(), status(), employees(), convertedContact()});

        SObjectDescribe d = WscDescribes.toDescribe(lead);

        assertThat(d.name()).isEqualTo("Lead");
        assertThat(d.field("lastname")).get().isEqualTo(new FieldDescribe("LastName", "Last Name", SalesforceFieldType.STRING,
                80, 0, 0, 0, false, true, true, false, false, false, java.util.List.of(), false, java.util.List.of()));
        FieldDescribe status = d.field("Status").orElseThrow();
        assertThat(status.picklistValues()).containsExactly("Open - Not Contacted", "Working - Contacted");
        assertThat(status.restrictedPicklist()).isTrue();
        assertThat(status.defaultedOnCreate()).isTrue();
        assertThat(status.requiredOnCreate()).isFalse();
        assertThat(d.field("NumberOfEmployees").orElseThrow().type()).isEqualTo(SalesforceFieldType.INT);
        assertThat(d.field("NumberOfEmployees").orElseThrow().digits()).isEqualTo(8);
        assertThat(d.field("ConvertedContactId").orElseThrow().referenceTo()).containsExactly("Contact");
        assertThat(d.field("LastName").orElseThrow().requiredOnCreate()).isTrue();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(textBlock = """
            string, STRING
            textarea, TEXTAREA
            email, EMAIL
            phone, PHONE
            url, URL
            picklist, PICKLIST
            multipicklist, MULTIPICKLIST
            _boolean, BOOLEAN
            _int, INT
            _double, DOUBLE
            currency, CURRENCY
            percent, PERCENT
            date, DATE
            datetime, DATETIME
            reference, REFERENCE
            id, ID
            address, OTHER
            base64, OTHER
            """)
    void mapsEveryWscFieldType(String wsc, SalesforceFieldType expected) {
        Field f = new Field();
        f.setName("F");
        f.setType(FieldType.valueOf(wsc));

        assertThat(WscDescribes.toField(f).type()).isEqualTo(expected);
    }

    private static Field lastName() {
        Field f = new Field();
        f.setName("LastName");
        f.setLabel("Last Name");
        f.setType(FieldType.string);
        f.setLength(80);
        f.setCreateable(true);
        f.setUpdateable(true);
        return f;
    }

    private static Field status() {
        Field f = new Field();
        f.setName("Status");
        f.setLabel("Status");
        f.setType(FieldType.picklist);
        f.setLength(255);
        f.setCreateable(true);
        f.setUpdateable(true);
        f.setDefaultedOnCreate(true);
        f.setRestrictedPicklist(true);
        f.setPicklistValues(new PicklistEntry[] {entry("Open - Not Contacted", true), entry("Working - Contacted", true),
                entry("Retired", false)});
        return f;
    }

    private static Field employees() {
        Field f = new Field();
        f.setName("NumberOfEmployees");
        f.setLabel("No. of Employees");
        f.setType(FieldType._int);
        f.setDigits(8);
        f.setNillable(true);
        f.setCreateable(true);
        f.setUpdateable(true);
        return f;
    }

    private static Field convertedContact() {
        Field f = new Field();
        f.setName("ConvertedContactId");
        f.setType(FieldType.reference);
        f.setReferenceTo(new String[] {"Contact"});
        f.setNillable(true);
        return f;
    }

    private static PicklistEntry entry(String value, boolean active) {
        PicklistEntry e = new PicklistEntry();
        e.setValue(value);
        e.setLabel(value);
        e.setActive(active);
        return e;
    }
}
