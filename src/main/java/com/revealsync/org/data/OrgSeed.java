package com.revealsync.org.data;

import com.revealsync.org.data.id.SalesforceIds;
import com.revealsync.org.data.schema.ObjectMeta;
import com.revealsync.org.data.store.OrgStore;
import com.revealsync.org.data.store.StoredRecord;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a new org starts with: its fixed id and name, and the three local users (password
 * {@code reveal-sync}, for loopback use only). Written once, on the first open of a data folder.
 */
final class OrgSeed {

    static final String ORG_ID = SalesforceIds.to18("00DRS0000000001");
    static final String ORG_NAME = "reveal-sync embedded org";
    static final String ADMIN_PROFILE_ID = SalesforceIds.to18("00eRS0000000001");
    static final String STANDARD_PROFILE_ID = SalesforceIds.to18("00eRS0000000002");
    static final String DEFAULT_PASSWORD = "reveal-sync";
    private static final String SEEDED = "org.seeded";

    /** One seeded user: username, first and last name, alias, profile. */
    private record SeedUser(String username, String firstName, String lastName, String alias, String profileId) {
    }

    private static final List<SeedUser> USERS = List.of(
            new SeedUser("admin@reveal-sync.local", "Ada", "Admin", "admin", ADMIN_PROFILE_ID),
            new SeedUser("manager@reveal-sync.local", "Max", "Manager", "manager", STANDARD_PROFILE_ID),
            new SeedUser("rep@reveal-sync.local", "Rita", "Rep", "rep", STANDARD_PROFILE_ID));

    private OrgSeed() {
    }

    static void seedIfNew(OrgStore store, Instant now) {
        if (store.persistence().setting(SEEDED).isPresent()) {
            return;
        }
        ObjectMeta user = store.schema().require("User");
        store.write(() -> {
            String adminId = null;
            for (SeedUser seed : USERS) {
                String id = store.nextId(user);
                adminId = adminId == null ? id : adminId;
                Object[] values = new Object[user.fieldCount()];
                Map<String, Object> fields = Map.ofEntries(
                        Map.entry("Id", id), Map.entry("Username", seed.username()),
                        Map.entry("FirstName", seed.firstName()), Map.entry("LastName", seed.lastName()),
                        Map.entry("Name", seed.firstName() + " " + seed.lastName()), Map.entry("Alias", seed.alias()),
                        Map.entry("Email", seed.username()), Map.entry("IsActive", true),
                        Map.entry("CompanyName", ORG_NAME), Map.entry("ProfileId", seed.profileId()),
                        Map.entry("TimeZoneSidKey", "GMT"), Map.entry("LocaleSidKey", "en_US"),
                        Map.entry("LanguageLocaleKey", "en_US"), Map.entry("CreatedDate", now),
                        Map.entry("CreatedById", adminId), Map.entry("LastModifiedDate", now),
                        Map.entry("LastModifiedById", adminId), Map.entry("SystemModstamp", now));
                fields.forEach((name, value) -> values[user.require(name)] = value);
                store.put(new StoredRecord(user, id, values));
                store.persistence().putSetting(passwordKey(id), DEFAULT_PASSWORD);
            }
            store.persistence().putSetting(SEEDED, "true");
            return null;
        });
    }

    static String passwordKey(String userId) {
        return "user.password." + userId;
    }
}
