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
import java.util.function.BiConsumer;

/**
 * The values matching searches the org's records by, normalised as the searches compare them:
 * people by Lusha id and email (lower case), Accounts by Lusha company id, website domain and name.
 * The same keys of a row ({@link MatchKeys}) and of a record meet when the row could match it.
 * A key's text is {@code kind:value}. The snapshot's indexes ({@link OrgSnapshot}) are made of them too.
 */
final class RecordKeys {

    /** What a key is of; its prefix starts the key's text. */
    enum Kind {
        LUSHA("lusha"), EMAIL("email"), COMPANY("company"), DOMAIN("domain"), NAME("name");

        private final String prefix;

        Kind(String prefix) {
            this.prefix = prefix;
        }
    }

    private RecordKeys() {
    }

    /** Hands over the keys of an org record, each non-empty value with its kind. */
    static void each(ExistingRecord r, BiConsumer<Kind, String> into) {
        if (r.type() == RecordType.Account) {
            give(into, Kind.COMPANY, r.value(SystemFields.LUSHA_COMPANY_ID));
            give(into, Kind.DOMAIN, Urls.domain(r.value("Website")));
            give(into, Kind.NAME, Names.normalise(r.value("Name")));
        } else {
            give(into, Kind.LUSHA, r.value(SystemFields.LUSHA_ID));
            String email = r.value("Email");
            give(into, Kind.EMAIL, email == null ? null : email.strip().toLowerCase(Locale.ROOT));
        }
    }

    /** The keys of an org record, as text. */
    static List<String> of(ExistingRecord r) {
        List<String> keys = new ArrayList<>(3);
        each(r, (kind, value) -> keys.add(text(kind, value)));
        return keys;
    }

    /** The keys a row's lookups search by, as text: its person's ({@link #person(MatchKeys)}), then its company's. */
    static List<String> of(MatchKeys k) {
        List<String> keys = person(k);
        BiConsumer<Kind, String> add = (kind, value) -> keys.add(text(kind, value));
        give(add, Kind.COMPANY, k.companyId());
        give(add, Kind.DOMAIN, k.domain());
        give(add, Kind.NAME, k.companyName());
        return keys;
    }

    /** A row's person keys, as text: its Lusha id and emails (two rows sharing one are one person). */
    static List<String> person(MatchKeys k) {
        List<String> keys = new ArrayList<>(5);
        BiConsumer<Kind, String> add = (kind, value) -> keys.add(text(kind, value));
        give(add, Kind.LUSHA, k.lushaId());
        k.emails().forEach(e -> give(add, Kind.EMAIL, e));
        return keys;
    }

    /** Whether a key's text is a person's (Lusha id or email), not an Account's. */
    static boolean person(String key) {
        return key.startsWith(Kind.LUSHA.prefix + ":") || key.startsWith(Kind.EMAIL.prefix + ":");
    }

    private static String text(Kind kind, String value) {
        return kind.prefix + ":" + value;
    }

    private static void give(BiConsumer<Kind, String> into, Kind kind, String value) {
        if (value != null && !value.isEmpty()) {
            into.accept(kind, value);
        }
    }
}
