package com.revealsync.sync;

import static com.revealsync.salesforce.metadata.SalesforceFieldType.TEXTAREA;
import static org.assertj.core.api.Assertions.assertThat;

import com.revealsync.lusha.RecordType;
import com.revealsync.mapping.testing.Describes;
import com.revealsync.mapping.testing.Fields;
import com.revealsync.salesforce.metadata.SObjectDescribe;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LookupFieldsTest {

    private static Map<RecordType, SObjectDescribe> withLeadFields(String... longTextFields) {
        Map<RecordType, SObjectDescribe> describes = new EnumMap<>(Describes.standard());
        SObjectDescribe lead = describes.get(RecordType.Lead);
        for (String name : longTextFields) {
            lead = Describes.with(lead, Fields.of(name, TEXTAREA).length(32_768).build());
        }
        describes.put(RecordType.Lead, Describes.with(lead, Fields.of("Notes__c", TEXTAREA).length(255).build()));
        return describes;
    }

    @Test
    void aSelectOfTwoCustomLongTextFieldsComesInPagesOf200AsSalesforceSendsThem() {
        LookupFields two = new LookupFields(withLeadFields("Bio__c", "History__c"),
                Map.of(RecordType.Lead, Set.of("Bio__c", "History__c", "Description")));

        assertThat(two.select(RecordType.Lead)).contains("Bio__c", "History__c");
        assertThat(two.queryPageSize(RecordType.Lead)).isEqualTo(200);
        assertThat(two.queryPageSize(RecordType.Contact)).isEqualTo(2_000);
    }

    @Test
    void oneCustomLongTextFieldAStandardOneOrAShortTextAreaKeepPagesOf2000() {
        LookupFields one = new LookupFields(withLeadFields("Bio__c", "History__c"),
                Map.of(RecordType.Lead, Set.of("Bio__c", "Description", "Notes__c")));

        assertThat(one.select(RecordType.Lead)).contains("Bio__c", "Description", "Notes__c");
        assertThat(one.queryPageSize(RecordType.Lead)).isEqualTo(2_000);
    }
}
