package com.revealsync.mapping;

import com.revealsync.lusha.RecordType;
import com.revealsync.lusha.RevealedContact;
import java.util.List;

/** What the mapping processor decided for one revealed contact: writes, or a skip. */
public sealed interface ExportPlan {

    RevealedContact contact();

    List<Warning> warnings();

    /** The row's outcome if every planned write succeeds. */
    Outcome outcome();

    enum Outcome { CREATED, UPDATED, UNCHANGED, SKIPPED }

    /**
     * The writes for the contact's own record (a Lead or a Contact) and, for a Contact, its Account.
     *
     * @param account null for a Lead
     */
    record Write(RevealedContact contact, RecordWrite record, AccountWrite account, List<Warning> warnings)
            implements ExportPlan {

        public Write {
            warnings = List.copyOf(warnings);
        }

        /** CREATED when the record is created; UPDATED when it or its Account changes; else UNCHANGED. */
        @Override
        public Outcome outcome() {
            if (record.action() == WriteAction.CREATE) {
                return Outcome.CREATED;
            }
            boolean accountChanges = account != null && account.action() != WriteAction.NONE;
            return record.action() == WriteAction.UPDATE || accountChanges ? Outcome.UPDATED : Outcome.UNCHANGED;
        }
    }

    /**
     * The row goes nowhere: our own check or the configuration said no.
     *
     * @param recordType the record type it was routed to (null when routing itself failed)
     * @param fields the Salesforce fields concerned (API names, e.g. {@code LastName}), possibly none
     * @param byRowAlone whether the skip was decided before any record of the org was in play: routing
     *                   refused the row, or no Lead or Contact holds its Lusha id or emails and the
     *                   person's own values were refused. The same row under the same plan is skipped
     *                   alike for as long as no such record appears.
     */
    record Skip(RevealedContact contact, RecordType recordType, ExportCode code, String message, List<String> fields,
                List<Warning> warnings, boolean byRowAlone) implements ExportPlan {

        public Skip {
            fields = List.copyOf(fields);
            warnings = List.copyOf(warnings);
        }

        @Override
        public Outcome outcome() {
            return Outcome.SKIPPED;
        }
    }
}
