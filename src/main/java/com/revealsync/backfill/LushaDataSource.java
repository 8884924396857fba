package com.revealsync.backfill;

import com.revealsync.lusha.RecordType;
import java.util.List;
import java.util.Map;

/**
 * Where the backfill finds Lusha data for Salesforce records: the rows earlier runs stored
 * ({@link StoredRows}), or a revealed-contact file ({@link SourceFile}). Asked once per chunk.
 */
interface LushaDataSource {

    /**
     * The Lusha data of each record that has some, by record Id.
     *
     * @param records records of one object
     */
    Map<String, LushaData> find(RecordType type, List<OrgRecord> records);

    /** Where the data comes from, for the console and the outcomes. */
    String description();
}
