package com.revealsync.backfill;

import com.revealsync.lusha.RecordType;
import java.nio.file.Path;
import java.util.List;

/**
 * One backfill as asked for on the command line or by a schedule.
 *
 * @param fields the backfill fields to fill ({@code linkedin_url}, {@code country}...)
 * @param object only this object, or null for every object the fields have a target on
 * @param source a revealed-contact file (or folder, or glob) to take the Lusha data from; null for
 *               the rows earlier syncs stored
 * @param mapping the profile whose Allow Override flags apply, or null for the active one
 * @param changesCsv where to write the changes; null: only a dry run writes them, to the configured file
 */
public record BackfillRequest(List<String> fields, RecordType object, String source, Path mapping, boolean dryRun,
                              Path changesCsv) {

    public BackfillRequest {
        fields = List.copyOf(fields);
    }
}
