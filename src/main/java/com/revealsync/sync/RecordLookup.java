package com.revealsync.sync;

import com.revealsync.lusha.RevealedContact;
import com.revealsync.mapping.match.MatchIndex;
import com.revealsync.salesforce.RecordWrite;
import com.revealsync.salesforce.SalesforceGateway;
import com.revealsync.salesforce.WriteResult;
import java.util.List;

/**
 * Finds what already exists in the org for a wave of revealed contacts, and hears of every record
 * the run writes (a lookup that keeps its own copy of the org must see the run's writes, so that a
 * person repeated in a later chunk is matched, not created twice).
 */
interface RecordLookup extends RecordSender.WriteListener, AutoCloseable {

    MatchIndex find(SalesforceGateway gateway, List<RevealedContact> contacts);

    @Override
    default void written(SalesforceGateway gateway, String object, RecordWrite record, WriteResult result) {
    }

    /** Releases what the lookup holds for the run (files, caches). */
    @Override
    default void close() {
    }
}
