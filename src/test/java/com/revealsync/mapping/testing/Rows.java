package com.revealsync.mapping.testing;

import com.revealsync.lusha.LushaField;
import com.revealsync.lusha.RecordType;
import com.revealsync.lusha.RevealedContact;
import com.revealsync.lusha.RowRef;
import com.revealsync.mapping.match.ExistingRecord;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** Inline revealed contacts and existing Salesforce records for processor tests. */
public final class Rows {

    private Rows() {
    }

    /** Jane Doe of Acme, as Lusha reveals her; {@code overrides} are key/value pairs by Lusha key ("" removes). */
    public static RevealedContact jane(String... overrides) {
        Map<LushaField, String> v = new EnumMap<>(LushaField.class);
        v.put(LushaField.LUSHA_ID, "lusha-1");
        v.put(LushaField.REVEALED_BY, "rep@reveal-sync.local");
        v.put(LushaField.FIRST_NAME, "Jane");
        v.put(LushaField.LAST_NAME, "Doe");
        v.put(LushaField.EMAIL_1, "jane.doe@acme.com");
        v.put(LushaField.EMAIL_1_TYPE, "work");
        v.put(LushaField.PHONE_1, "+1 415-555-0100");
        v.put(LushaField.PHONE_1_TYPE, "direct");
        v.put(LushaField.JOB_TITLE, "VP Sales");
        v.put(LushaField.DEPARTMENTS, "Sales");
        v.put(LushaField.COMPANY_ID, "c-42");
        v.put(LushaField.COMPANY_NAME, "Acme Corp");
        v.put(LushaField.COMPANY_WEBSITE, "https://www.acme.com");
        v.put(LushaField.COMPANY_DESCRIPTION, "Makes anvils");
        v.put(LushaField.COMPANY_NUMBER_OF_EMPLOYEES, "1,200");
        for (int i = 0; i + 1 < overrides.length; i += 2) {
            LushaField f = LushaField.byName(overrides[i]).orElseThrow();
            if (overrides[i + 1].isEmpty()) {
                v.remove(f);
            } else {
                v.put(f, overrides[i + 1]);
            }
        }
        Map<String, String> source = new LinkedHashMap<>();
        v.forEach((f, s) -> source.put(f.key(), s));
        return new RevealedContact(new RowRef("batch.csv", 2), v, source);
    }

    /** An existing record: {@code record(Lead, "00Q1", "Email", "x@y.com", "Title", "CEO")}. */
    public static ExistingRecord record(RecordType type, String id, String... fieldValues) {
        Map<String, String> fields = new HashMap<>();
        for (int i = 0; i + 1 < fieldValues.length; i += 2) {
            fields.put(fieldValues[i], fieldValues[i + 1]);
        }
        return new ExistingRecord(type, id, fields);
    }
}
