package com.revealsync.org.data.soql;

import com.revealsync.org.data.store.StoredRecord;

/** A compiled WHERE clause. */
@FunctionalInterface
interface Filter {
    boolean test(StoredRecord record);
}
