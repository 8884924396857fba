package com.revealsync.org;

import com.revealsync.org.data.OrgData;
import com.revealsync.org.data.OrgDatabase;

/**
 * Opens the org's data facade as the settings say: in memory, or kept in the data folder. Either
 * way the data reads the settings' clock, so sessions, usage and the audit fields share one time.
 */
final class OrgDataOpener {

    private OrgDataOpener() {
    }

    static OrgData open(OrgSettings settings) {
        return settings.inMemoryOnly() ? OrgDatabase.inMemory(settings.clock())
                : OrgDatabase.open(settings.dataDir(), settings.clock());
    }
}
