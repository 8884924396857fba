package com.revealsync.org.bulk;

import com.revealsync.org.data.SObjectSchema;

/** Looks up an object's describe, as {@code OrgData::describe} does (an unknown name throws). */
@FunctionalInterface
public interface Describer {
    SObjectSchema describe(String objectName);
}
