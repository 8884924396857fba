package com.revealsync.backfill;

import com.revealsync.lusha.RecordType;
import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the backfill ({@code jobs/linkedin-backfill.yml}, or {@code REVEAL_SYNC_BACKFILL_...}).
 *
 * @param chunkSize records per chunk: one transaction in the app database, one set of Lusha-data
 *                  lookups, one SOAP update call (default 200, what one call carries)
 * @param pageSize records per query page when finding the records that lack fields (default 2000)
 * @param dryRunCsv where {@code --dry-run} writes the planned changes unless {@code --changes-csv}
 *                  names a file (default {@code reports/backfill-dry-run.csv})
 * @param fieldMap which Salesforce field of each object each backfill field fills, and from which
 *                 Lusha field; one entry per field and object
 */
@ConfigurationProperties("reveal-sync.backfill")
public record BackfillProperties(Integer chunkSize, Integer pageSize, Path dryRunCsv, List<FieldMapEntry> fieldMap) {

    /**
     * One line of the field map.
     *
     * @param field the name {@code --fields} uses, e.g. {@code linkedin_url}
     * @param object Lead, Contact or Account
     * @param salesforce the Salesforce field's API name, e.g. {@code LinkedIn_URL__c}
     * @param lusha the Lusha field (key or display name), e.g. {@code contact_linkedin_url}
     */
    public record FieldMapEntry(String field, RecordType object, String salesforce, String lusha) {
    }

    public BackfillProperties {
        chunkSize = positive(chunkSize, 200, "chunk-size");
        pageSize = positive(pageSize, 2000, "page-size");
        dryRunCsv = dryRunCsv == null ? Path.of("reports", "backfill-dry-run.csv") : dryRunCsv;
        fieldMap = fieldMap == null ? List.of() : List.copyOf(fieldMap);
    }

    private static int positive(Integer value, int fallback, String name) {
        if (value == null) {
            return fallback;
        }
        if (value < 1) {
            throw new IllegalArgumentException("reveal-sync.backfill." + name + " must be at least 1, not " + value);
        }
        return value;
    }
}
