package com.revealsync.org.data.value;

import com.revealsync.org.data.OrgError;

/** The outcome of reading one wire value: a typed value (possibly null) or the error Salesforce gives. */
public record ParsedValue(Object value, OrgError error) {

    public static ParsedValue of(Object value) {
        return new ParsedValue(value, null);
    }

    public static ParsedValue failed(OrgError error) {
        return new ParsedValue(null, error);
    }

    public boolean ok() {
        return error == null;
    }
}
