package com.revealsync.sync;

import com.revealsync.lusha.RecordType;
import com.revealsync.mapping.SystemFields;
import com.revealsync.mapping.convert.Urls;
import com.revealsync.mapping.match.ExistingRecord;
import com.revealsync.mapping.match.MatchKeys;
import com.revealsync.mapping.match.Names;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The values matching searches the org's records by, normalised as the searches compare them:
 * people by Lusha id and email (lower case), Accounts by Lusha company id, website domain and name.
 * The same keys of a row ({@link MatchKeys}) and of a record meet when the row could match it.
 * A key is {@code kind:value}.
 */
final class RecordKeys {

    private RecordKeys() {
    }

    /** The keys of an org record. */
    static List<String> of(ExistingRecord r) {
        List<String> keys = new ArrayList<>(3);
        if (r.type() == RecordType.Account) {
            add(keys, "company", r.value(SystemFields.LUSHA_COMPANY_ID));
            add(keys, "domain", Urls.domain(r.value("Website")));
            add(keys, "name", Names.normalise(r.value("Name")));
        } else {
            add(keys, "lusha", r.value(SystemFields.LUSHA_ID));
            add(keys, "email", email(r.value("Email")));
        }
        return keys;
    }

    /** The keys a row's lookups search by. */
    static List<String> of(MatchKeys k) {
        List<String> keys = new ArrayList<>(5);
        add(keys, "lusha", k.lushaId());
        k.emails().forEach(e -> add(keys, "email", e));
        add(keys, "company", k.companyId());
        add(keys, "domain", k.domain());
        add(keys, "name", k.companyName());
        return keys;
    }

    /** An email as the lookups compare it. */
    static String email(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    private static void add(List<String> into, String kind, String value) {
        if (value != null && !value.isEmpty()) {
            into.add(kind + ":" + value);
        }
    }
}
