package com.revealsync.org.data.dml;

import java.time.Instant;

/** When and by whom a DML call writes: the audit fields of every record it saves. */
public record Stamp(Instant now, String actorId) {
}
