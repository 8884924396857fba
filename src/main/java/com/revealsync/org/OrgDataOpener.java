package com.revealsync.org;

import com.revealsync.org.data.OrgData;
import com.revealsync.org.data.OrgDatabase;

/** Opens the org's data facade as the settings say: in memory, or kept in the data folder. */
final class OrgDataOpener {

    private OrgDataOpener() {
    }

    static OrgData open(OrgSettings settings) {
        return settings.inMemoryOnly() ? OrgDatabase.inMemory(settings.clock()) : OrgDatabase.open(settings.dataDir());
    }
}
