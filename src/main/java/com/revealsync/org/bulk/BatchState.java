package com.revealsync.org.bulk;

/** Bulk API v1 batch states, as {@code com.sforce.async.BatchStateEnum} spells them. */
public enum BatchState {
    Queued, InProgress, Completed, Failed, NotProcessed;

    public boolean isFinal() {
        return this == Completed || this == Failed || this == NotProcessed;
    }
}
