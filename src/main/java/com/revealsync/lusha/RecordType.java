package com.revealsync.lusha;

/** The Salesforce record types a revealed contact can be exported as, or attached to. */
public enum RecordType {
    Lead, Contact, Account
}
