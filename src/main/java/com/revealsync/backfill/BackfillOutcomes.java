package com.revealsync.backfill;

import com.revealsync.lusha.RevealedContact;
import com.revealsync.lusha.RowRef;
import com.revealsync.run.Outcome;
import com.revealsync.run.RowOutcome;
import com.revealsync.run.RowWarning;
import com.revealsync.salesforce.SalesforceError;
import com.revealsync.salesforce.WriteResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The outcome of one backfilled record, stored like a sync row's: its "file" is the object, its
 * "line" its place in the run; its source columns the record as read (prefixed {@code Salesforce })
 * followed by the Lusha row its values came from.
 */
final class BackfillOutcomes {

    static final String DRY_RUN = "DRY_RUN";

    private BackfillOutcomes() {
    }

    /** @param result Salesforce's answer to the update, or null when nothing was sent */
    static RowOutcome of(RecordPlan plan, WriteResult result, boolean dryRun) {
        OrgRecord r = plan.record();
        RevealedContact lusha = plan.data() == null ? null : plan.data().newest();
        RowRef ref = new RowRef(r.type().name(), r.sequence());
        String lushaId = lusha == null ? null : lusha.lushaId();
        String revealedBy = lusha == null ? null : lusha.revealedBy();
        Map<String, String> columns = columns(plan);
        if (result != null && !result.success()) {
            SalesforceError first = result.errors().get(0);
            String message = result.errors().stream().map(SalesforceError::message).distinct().collect(Collectors.joining("; "));
            List<String> fields = result.errors().stream().flatMap(e -> e.fields().stream()).distinct().toList();
            return new RowOutcome(ref, lushaId, revealedBy, r.type().name(), Outcome.FAILED, r.id(), null, first.statusCode(),
                    message, fields, plan.warnings(), columns);
        }
        List<RowWarning> warnings = plan.warnings();
        List<String> fields = plan.fields();
        if (plan.writes()) {
            fields = plan.changes().stream().map(FieldChange::field).toList();
            if (dryRun) {
                warnings = new ArrayList<>(warnings);
                warnings.add(new RowWarning(DRY_RUN, null, "dry run: nothing was sent"));
            }
        }
        return new RowOutcome(ref, lushaId, revealedBy, r.type().name(), plan.outcome(), r.id(), null, plan.code(),
                plan.message(), fields, warnings, columns);
    }

    private static Map<String, String> columns(RecordPlan plan) {
        Map<String, String> columns = new LinkedHashMap<>();
        plan.record().record().fields().forEach((name, value) -> {
            if (value instanceof String s) {
                columns.put("Salesforce " + name, s);
            }
        });
        if (plan.data() != null) {
            columns.put("lusha_data_from", plan.data().origins().get(0) + " (" + plan.data().matchedBy() + " match)");
            columns.putAll(plan.data().newest().sourceColumns());
        }
        return columns;
    }
}
