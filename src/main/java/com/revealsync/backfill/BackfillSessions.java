package com.revealsync.backfill;

import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Component;

/**
 * Hands the prepared {@link BackfillSession} to the job's step (job parameters carry only text).
 * One backfill runs at a time: the run lock guarantees it.
 */
@Component
class BackfillSessions {

    private final AtomicReference<BackfillSession> current = new AtomicReference<>();

    void open(BackfillSession session) {
        current.set(session);
    }

    BackfillSession get() {
        BackfillSession session = current.get();
        if (session == null) {
            throw new IllegalStateException("no prepared backfill session: backfills are started by BackfillRunner");
        }
        return session;
    }

    void close() {
        current.set(null);
    }
}
