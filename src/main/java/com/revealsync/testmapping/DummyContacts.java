package com.revealsync.testmapping;

import com.revealsync.lusha.LushaField;
import com.revealsync.lusha.RecordType;
import com.revealsync.lusha.RevealedContact;
import com.revealsync.lusha.RowRef;
import com.revealsync.mapping.profile.ConditionalRule;
import com.revealsync.mapping.profile.FieldMapping;
import com.revealsync.mapping.profile.MappingProfile;
import com.revealsync.salesforce.metadata.FieldDescribe;
import com.revealsync.salesforce.metadata.SObjectDescribe;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The dummy revealed contacts Test Mapping exports: one routed as a Lead, one as a Contact (whose
 * company fields make its Account). Every Lusha field the profile maps gets a value that passes the
 * mapped fields' checks, and the types that the profile's conditional rules look for, so that the
 * real mapping processor applies predefined values and rules to them as it would in a run.
 *
 * @param lead the Lead's contact; its Lusha id finds the Lead again if the org's answer is lost
 * @param contact the Contact's contact, with the company of its Account
 */
record DummyContacts(RevealedContact lead, RevealedContact contact) {

    static final String SOURCE = "test-mapping";

    /** @param suffix makes the dummies' Lusha ids unique (they fill unique external-id fields) */
    static DummyContacts build(MappingProfile profile, Map<RecordType, SObjectDescribe> describes, String suffix) {
        String lushaId = "reveal-sync-test-mapping-" + suffix;
        return new DummyContacts(
                contact(profile, describes, List.of(RecordType.Lead), lushaId + "-lead", null),
                contact(profile, describes, List.of(RecordType.Contact, RecordType.Account), lushaId + "-contact",
                        lushaId + "-company"));
    }

    private static RevealedContact contact(MappingProfile profile, Map<RecordType, SObjectDescribe> describes,
                                           List<RecordType> types, String lushaId, String companyId) {
        Map<LushaField, List<FieldDescribe>> targets = new EnumMap<>(LushaField.class);
        List<ConditionalRule> rules = new ArrayList<>();
        for (RecordType type : types) {
            SObjectDescribe describe = describes.get(type);
            if (describe == null) {
                continue;
            }
            for (FieldMapping m : profile.mapping(type).fields()) {
                describe.field(m.salesforceField())
                        .ifPresent(d -> targets.computeIfAbsent(m.lusha(), f -> new ArrayList<>()).add(d));
            }
            rules.addAll(profile.mapping(type).rules());
        }
        Map<LushaField, String> values = new EnumMap<>(LushaField.class);
        targets.forEach((field, fields) -> {
            String value = DummyValues.valueFor(field, fields);
            if (value != null) {
                values.put(field, value);
            }
        });
        for (ConditionalRule rule : rules) {
            values.putIfAbsent(rule.when(), rule.when() == LushaField.EMAIL_1 ? DummyValues.EMAIL : "+1 202 555 0100");
            if (!rule.onEnriched()) {
                // the first type rule on a field decides its type: one dummy can carry only one
                values.putIfAbsent(rule.when() == LushaField.EMAIL_1 ? LushaField.EMAIL_1_TYPE : LushaField.PHONE_1_TYPE,
                        rule.type());
            }
        }
        values.put(LushaField.LUSHA_ID, lushaId);
        values.put(LushaField.REVEALED_BY, DummyValues.EMAIL);
        values.put(LushaField.EXPORT_AS, types.get(0).name());
        if (companyId != null) {
            values.put(LushaField.COMPANY_ID, companyId);
        }
        Map<String, String> columns = new LinkedHashMap<>();
        values.forEach((field, value) -> columns.put(field.key(), value));
        return new RevealedContact(new RowRef(SOURCE, 1), values, columns);
    }
}
