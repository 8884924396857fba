package com.revealsync.org.data;

import com.revealsync.org.data.id.SalesforceIds;
import com.revealsync.org.data.schema.ObjectMeta;
import com.revealsync.org.data.store.OrgStore;
import com.revealsync.org.data.store.StoredRecord;
import java.util.Optional;

/** The org's users, read from its User records; passwords are kept apart, in the store's settings. */
final class OrgUsers {

    private final OrgStore store;
    private final ObjectMeta user;

    OrgUsers(OrgStore store) {
        this.store = store;
        this.user = store.schema().require("User");
    }

    Optional<OrgUser> byUsername(String username) {
        return store.read(() -> store.table(user).lookup(user.require("Username"), username).stream().findFirst()
                .flatMap(store::findLive).map(this::toUser));
    }

    Optional<OrgUser> byId(String userId) {
        return SalesforceIds.normalize(userId)
                .flatMap(id -> store.read(() -> store.findLive(id)))
                .filter(r -> r.meta() == user).map(this::toUser);
    }

    private OrgUser toUser(StoredRecord r) {
        char[] password = store.persistence().setting(OrgSeed.passwordKey(r.id())).map(String::toCharArray).orElse(new char[0]);
        return new OrgUser(r.id(), (String) r.value("Username"), (String) r.value("Email"), (String) r.value("Name"),
                (String) r.value("ProfileId"), (String) r.value("TimeZoneSidKey"), (String) r.value("LocaleSidKey"),
                (String) r.value("LanguageLocaleKey"), password);
    }
}
