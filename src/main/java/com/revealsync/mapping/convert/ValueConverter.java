package com.revealsync.mapping.convert;

import com.revealsync.salesforce.metadata.FieldDescribe;

/** Checks a stripped, non-empty text value against one Salesforce field and converts it to the field's type. */
@FunctionalInterface
public interface ValueConverter {
    Converted convert(String value, FieldDescribe field);
}
