package com.revealsync.backfill;

import com.revealsync.lusha.RecordType;
import com.revealsync.salesforce.SalesforceGateway;
import com.revealsync.target.SalesforceTarget;
import java.nio.file.Path;
import java.util.List;

/**
 * What one backfill run works with, prepared before any record is read: the org, what to fill on
 * which object, where the Lusha data comes from, and whether anything is sent.
 *
 * @param changesCsv where the planned (dry run) or made changes are written, or null
 */
record BackfillSession(SalesforceTarget target, SalesforceGateway gateway, List<ObjectFill> fills,
                       LushaDataSource data, boolean dryRun, Path changesCsv) {

    BackfillSession {
        fills = List.copyOf(fills);
    }

    ObjectFill fill(RecordType type) {
        return fills.stream().filter(f -> f.type() == type).findFirst()
                .orElseThrow(() -> new IllegalStateException("no fields to fill on " + type));
    }
}
