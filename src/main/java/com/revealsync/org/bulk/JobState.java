package com.revealsync.org.bulk;

/** Bulk API v1 job states, as {@code com.sforce.async.JobStateEnum} spells them. */
public enum JobState {
    Open, Closed, Aborted, Failed
}
