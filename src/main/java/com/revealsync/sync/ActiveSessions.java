package com.revealsync.sync;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Hands a prepared {@link SyncSession} to the job's step. Job parameters carry only text; the
 * session (an open target, a compiled mapping) is registered here under the job's name for the
 * duration of the run. One run per job at a time is guaranteed by the run lock.
 */
@Component
public class ActiveSessions {

    private final Map<String, SyncSession> sessions = new ConcurrentHashMap<>();

    public void put(String jobName, SyncSession session) {
        sessions.put(jobName, session);
    }

    public SyncSession get(String jobName) {
        SyncSession session = sessions.get(jobName);
        if (session == null) {
            throw new IllegalStateException("no prepared session for " + jobName + ": runs are started by SyncRunner");
        }
        return session;
    }

    public void remove(String jobName) {
        sessions.remove(jobName);
    }
}
