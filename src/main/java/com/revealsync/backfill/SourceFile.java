package com.revealsync.backfill;

import com.revealsync.lusha.InputRow;
import com.revealsync.lusha.RecordType;
import com.revealsync.lusha.RevealedContact;
import com.revealsync.lusha.input.RevealedContactReader;
import com.revealsync.mapping.SystemFields;
import com.revealsync.mapping.convert.Urls;
import com.revealsync.mapping.match.MatchKeys;
import com.revealsync.mapping.match.Names;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Lusha data from a revealed-contact file ({@code --source FILE}), read once into an index: a Lead or
 * Contact is matched by its Lusha id, else by its email; an Account by its Lusha company id, else
 * by its website's domain, else by its name. A later row of the file wins over an earlier one. Rows
 * that cannot be read are counted and ignored.
 */
final class SourceFile implements LushaDataSource {

    private final String name;
    private final Map<String, List<RevealedContact>> index = new HashMap<>();
    private long rows;
    private long unreadable;

    private SourceFile(String name) {
        this.name = name;
    }

    /**
     * Reads the files through the revealed-contact reader (so they are checked as a sync checks them).
     *
     * @param name the files as the user named them ({@code --source})
     */
    static SourceFile load(String name, List<Path> files) {
        SourceFile source = new SourceFile(name);
        RevealedContactReader reader = new RevealedContactReader("backfill.source", files);
        reader.open(new ExecutionContext());
        try {
            for (InputRow row = reader.read(); row != null; row = reader.read()) {
                if (row instanceof RevealedContact c) {
                    source.add(c);
                } else {
                    source.unreadable++;
                }
            }
        } finally {
            reader.close();
        }
        return source;
    }

    private void add(RevealedContact c) {
        rows++;
        MatchKeys keys = MatchKeys.of(c);
        put("lusha:" + keys.lushaId(), c);
        keys.emails().forEach(e -> put("email:" + e, c));
        if (keys.companyId() != null) {
            put("company:" + keys.companyId(), c);
        }
        if (keys.domain() != null) {
            put("domain:" + keys.domain(), c);
        }
        if (keys.companyName() != null) {
            put("name:" + keys.companyName(), c);
        }
    }

    private void put(String key, RevealedContact c) {
        index.computeIfAbsent(key, k -> new ArrayList<>()).add(0, c); // newest (latest line) first
    }

    @Override
    public String description() {
        return name + " (" + rows + " revealed contacts" + (unreadable == 0 ? "" : ", " + unreadable + " unreadable rows ignored") + ")";
    }

    long rows() {
        return rows;
    }

    @Override
    public Map<String, LushaData> find(RecordType type, List<OrgRecord> records) {
        Map<String, LushaData> found = new HashMap<>();
        for (OrgRecord r : records) {
            List<Tier> tiers = type == RecordType.Account
                    ? List.of(new Tier("company:", r.value(SystemFields.LUSHA_COMPANY_ID), "Lusha company id"),
                            new Tier("domain:", Urls.domain(r.value("Website")), "website domain"),
                            new Tier("name:", Names.normalise(r.value("Name")), "name"))
                    : List.of(new Tier("lusha:", r.value(SystemFields.LUSHA_ID), "Lusha id"),
                            new Tier("email:", lower(r.value("Email")), "email"));
            for (Tier tier : tiers) {
                List<RevealedContact> hits = tier.value() == null ? null : index.get(tier.prefix() + tier.value());
                if (hits != null) {
                    found.put(r.id(), new LushaData(hits, hits.stream().map(c -> c.source().toString()).toList(), tier.how()));
                    break;
                }
            }
        }
        return found;
    }

    /** One way to match a record: the index key prefix, the record's value (null: not available), in words. */
    private record Tier(String prefix, String value, String how) {
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }
}
