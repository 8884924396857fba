package com.revealsync.backfill;

import com.revealsync.backfill.BackfillProperties.FieldMapEntry;
import com.revealsync.lusha.RecordType;
import com.revealsync.lusha.RevealedContact;
import com.revealsync.mapping.profile.MappingProfile;
import com.revealsync.mapping.profile.ProfileLoader;
import com.revealsync.mapping.testing.Describes;
import com.revealsync.salesforce.SalesforceRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.FileSystemResource;

/** The shipped backfill settings, fills resolved against the standard describes, records and Lusha rows. */
final class BackfillFixtures {

    private BackfillFixtures() {
    }

    /** {@code jobs/linkedin-backfill.yml} bound as the application binds it. */
    static BackfillProperties shipped() {
        try {
            StandardEnvironment env = new StandardEnvironment();
            new YamlPropertySourceLoader().load("backfill", new FileSystemResource(Path.of("jobs", "linkedin-backfill.yml")))
                    .forEach(env.getPropertySources()::addFirst);
            return Binder.get(env).bind("reveal-sync.backfill", BackfillProperties.class).get();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<FieldMapEntry> shippedMap() {
        return shipped().fieldMap();
    }

    static MappingProfile defaultProfile() {
        return new ProfileLoader().load(Path.of("jobs", "mapping", "default.yml"));
    }

    /** What the backfill fills on {@code type} for {@code fields}, with the given profile's overrides. */
    static ObjectFill fill(RecordType type, MappingProfile profile, String... fields) {
        return FillPlan.resolve(shippedMap(), Arrays.asList(fields), type, Describes.source(), profile).get(0);
    }

    /** A record as the query read it: {@code record(Lead, "00Q1", "City", "Paris")}. */
    static OrgRecord record(RecordType type, String id, String... fieldValues) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("Id", id);
        for (int i = 0; i + 1 < fieldValues.length; i += 2) {
            fields.put(fieldValues[i], fieldValues[i + 1]);
        }
        return new OrgRecord(1, type, new SalesforceRecord(type.name(), id, fields));
    }

    /** Lusha data of the given contacts, newest first. */
    static LushaData data(RevealedContact... newestFirst) {
        return new LushaData(List.of(newestFirst),
                Arrays.stream(newestFirst).map(c -> c.source().toString()).toList(), "Salesforce id");
    }
}
