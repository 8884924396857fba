package com.revealsync.org.data.soql;

import com.revealsync.org.data.schema.ObjectMeta;
import com.revealsync.org.data.store.StoredRecord;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A query checked against the metadata and ready to run.
 *
 * @param candidateIds the ids an index gives for the WHERE clause, or empty to scan the object
 * @param order null when the query has no ORDER BY (records come in id order)
 */
record CompiledQuery(ObjectMeta object, boolean count, Projection projection, Filter filter,
                     Optional<List<String>> candidateIds, Comparator<StoredRecord> order,
                     Integer limit, Integer offset) {
}
