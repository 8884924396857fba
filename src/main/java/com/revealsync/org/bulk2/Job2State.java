package com.revealsync.org.bulk2;

/** Bulk API 2.0 job states. */
public enum Job2State {
    Open, UploadComplete, InProgress, JobComplete, Failed, Aborted;

    boolean finished() {
        return this == JobComplete || this == Failed || this == Aborted;
    }
}
