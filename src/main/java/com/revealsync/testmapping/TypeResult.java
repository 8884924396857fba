package com.revealsync.testmapping;

import com.revealsync.lusha.RecordType;
import com.revealsync.mapping.ExportPlan;
import com.revealsync.salesforce.SalesforceError;
import java.util.List;

/**
 * What Test Mapping found for one record type.
 *
 * @param id the dummy record's id when it was created (and then deleted)
 * @param errors Salesforce's errors (or reveal-sync's own, when {@code ownCheck}), empty unless FAILED
 * @param ownCheck true when reveal-sync's own check refused the record before any call
 * @param notes values left out, values sent as they are, why a type was not tested
 */
record TypeResult(RecordType type, Status status, String id, List<SalesforceError> errors, boolean ownCheck,
                  List<String> notes) {

    enum Status { PASSED, FAILED, NOT_TESTED }

    TypeResult {
        errors = List.copyOf(errors);
        notes = List.copyOf(notes);
    }

    static TypeResult passed(RecordType type, String id, List<String> notes) {
        return new TypeResult(type, Status.PASSED, id, List.of(), false, notes);
    }

    static TypeResult failed(RecordType type, List<SalesforceError> errors, List<String> notes) {
        return new TypeResult(type, Status.FAILED, null, errors, false, notes);
    }

    static TypeResult notTested(RecordType type, String why) {
        return new TypeResult(type, Status.NOT_TESTED, null, List.of(), false, List.of(why));
    }

    /** The processor skipped the dummy: reveal-sync's own check, nothing was sent. */
    static TypeResult refused(RecordType type, ExportPlan.Skip skip, List<String> notes) {
        return new TypeResult(type, Status.FAILED, null,
                List.of(new SalesforceError(skip.code().name(), skip.message(), skip.fields())), true, notes);
    }

    /** This result with more notes. */
    TypeResult noting(List<String> more) {
        List<String> all = new java.util.ArrayList<>(notes);
        all.addAll(more);
        return new TypeResult(type, status, id, errors, ownCheck, all);
    }
}
