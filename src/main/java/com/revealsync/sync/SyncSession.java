package com.revealsync.sync;

import com.revealsync.lusha.RecordType;
import com.revealsync.mapping.MappingProcessor;
import com.revealsync.salesforce.metadata.SObjectDescribe;
import com.revealsync.target.SalesforceTarget;
import java.util.Map;

/**
 * What one run works with, prepared before any record is read: the target org, the validated
 * mapping (compiled into a processor) with the org's describes, how to write, and how many rows
 * the input holds (for progress).
 *
 * @param answerUnchanged rows are answered from their fingerprints where unchanged ({@link UnchangedRows})
 */
public record SyncSession(SalesforceTarget target, MappingProcessor processor, RecordType defaultRecordType,
                          Map<RecordType, SObjectDescribe> describes, WriteMode writeMode, boolean dryRun,
                          long totalRows, boolean answerUnchanged) {
}
