package com.revealsync.sync;

import com.revealsync.lusha.LushaField;
import com.revealsync.lusha.RecordType;
import com.revealsync.lusha.RevealedContact;
import com.revealsync.lusha.RowProblem;
import com.revealsync.mapping.ExportPlan;
import com.revealsync.mapping.Warning;
import com.revealsync.run.Outcome;
import com.revealsync.run.RowOutcome;
import com.revealsync.run.RowWarning;
import com.revealsync.salesforce.SalesforceError;
import com.revealsync.salesforce.WriteResult;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Builds the one outcome each input row ends in. */
final class Outcomes {

    private Outcomes() {
    }

    static RowOutcome problem(RowProblem p) {
        return new RowOutcome(p.ref(), raw(p, LushaField.LUSHA_ID), raw(p, LushaField.REVEALED_BY), null,
                Outcome.SKIPPED, null, null, p.code(), p.message(),
                p.field() == null ? List.of() : List.of(p.field()), List.of(), p.rawColumns());
    }

    /** A known field of a row that could not be read, whether its header named it by key or display name. */
    private static String raw(RowProblem p, LushaField field) {
        for (var column : p.rawColumns().entrySet()) {
            if (LushaField.byName(column.getKey()).filter(field::equals).isPresent()) {
                String value = column.getValue();
                return value == null || value.isBlank() ? null : value.strip();
            }
        }
        return null;
    }

    /** A row skipped for a reason that concerns its whole user or run (NOT_CONNECTED, RECONNECT_REQUIRED). */
    static RowOutcome skipped(RevealedContact c, String code, String message) {
        return new RowOutcome(c.source(), c.lushaId(), c.revealedBy(), null, Outcome.SKIPPED, null, null, code,
                message, List.of(), List.of(), c.sourceColumns());
    }

    static RowOutcome skip(ExportPlan.Skip s) {
        RevealedContact c = s.contact();
        return new RowOutcome(c.source(), c.lushaId(), c.revealedBy(), name(s.recordType()), Outcome.SKIPPED, null,
                null, s.code().name(), s.message(), s.fields(), warnings(s.warnings()), c.sourceColumns());
    }

    /** A row whose Contact could not go because its Account failed. */
    static RowOutcome accountFailed(ExportPlan.Write w, WriteResult account) {
        SalesforceError first = account.errors().get(0);
        return failed(w, null, first.statusCode(), "Account: " + messages(account.errors()),
                account.errors().stream().flatMap(e -> e.fields().stream()).map(f -> "Account." + f).toList());
    }

    static RowOutcome written(ExportPlan.Write w, WriteResult record, String accountId, List<RowWarning> extra) {
        RevealedContact c = w.contact();
        if (!record.success()) {
            SalesforceError first = record.errors().get(0);
            return failed(w, accountId, first.statusCode(), messages(record.errors()),
                    record.errors().stream().flatMap(e -> e.fields().stream()).distinct().toList());
        }
        Outcome outcome = Outcome.valueOf(w.outcome().name());
        if (outcome == Outcome.CREATED && !record.created() && record.id() != null) {
            outcome = Outcome.UPDATED; // an upsert found the record: a restart or a resent create
        }
        List<RowWarning> warnings = new ArrayList<>(warnings(w.warnings()));
        warnings.addAll(extra);
        return new RowOutcome(c.source(), c.lushaId(), c.revealedBy(), name(w.record().type()), outcome,
                record.id() != null ? record.id() : w.record().id(), accountId, null, null, List.of(), warnings,
                c.sourceColumns());
    }

    private static RowOutcome failed(ExportPlan.Write w, String accountId, String code, String message, List<String> fields) {
        RevealedContact c = w.contact();
        return new RowOutcome(c.source(), c.lushaId(), c.revealedBy(), name(w.record().type()), Outcome.FAILED,
                w.record().id(), accountId, code, message, fields, warnings(w.warnings()), c.sourceColumns());
    }

    static List<RowWarning> warnings(List<Warning> warnings) {
        return warnings.stream().map(w -> new RowWarning(w.code().name(), w.field(), w.message())).toList();
    }

    /** Every error's message: an error file that keeps only the first hides the admin's next problem. */
    static String messages(List<SalesforceError> errors) {
        return errors.stream().map(SalesforceError::message).distinct().collect(Collectors.joining("; "));
    }

    private static String name(RecordType type) {
        return type == null ? null : type.name();
    }
}
