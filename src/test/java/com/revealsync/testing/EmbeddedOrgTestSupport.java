package com.revealsync.testing;

import com.revealsync.org.EmbeddedOrg;
import com.revealsync.org.OrgSettings;
import com.revealsync.org.data.OrgDatabase;
import com.revealsync.org.data.QueryRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * An embedded org on a free loopback port for a test class, with the pipeline's settings pointing
 * at it as a service account (the password grant, as against a real org), an app database of its
 * own and a data folder of its own. Registered as the class's extension
 * ({@code @RegisterExtension static final EmbeddedOrgTestSupport ORG = ...}), it stops the org after
 * the class's last test.
 */
public final class EmbeddedOrgTestSupport implements AfterAllCallback {

    private final CountingOrgData data;
    private final EmbeddedOrg org;
    private final Path dataDir;

    public EmbeddedOrgTestSupport() {
        this(OrgSettings.inMemory());
    }

    public EmbeddedOrgTestSupport(OrgSettings settings) {
        this(settings, OrgDatabase.inMemory());
    }

    /** An org whose time (sessions, audit fields, getServerTimestamp) is the test's clock. */
    public EmbeddedOrgTestSupport(com.revealsync.org.testing.MutableClock clock) {
        this(OrgSettings.inMemory().withClock(clock), OrgDatabase.inMemory(clock));
    }

    private EmbeddedOrgTestSupport(OrgSettings settings, OrgDatabase database) {
        this.data = new CountingOrgData(database);
        this.org = EmbeddedOrg.start(settings, data);
        try {
            this.dataDir = Files.createTempDirectory("reveal-sync-test");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public void register(DynamicPropertyRegistry registry) {
        registry.add("reveal-sync.salesforce.url", org::baseUrl);
        registry.add("reveal-sync.salesforce.username", () -> "admin@reveal-sync.local");
        registry.add("reveal-sync.salesforce.password", () -> "reveal-sync");
        registry.add("reveal-sync.salesforce.client-id", () -> "reveal-sync");
        registry.add("reveal-sync.salesforce.client-secret", () -> "reveal-sync-secret");
        registry.add("reveal-sync.data-dir", dataDir::toString);
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        registry.add("reveal-sync.salesforce.api.retry.initial-delay", () -> "20ms");
        registry.add("reveal-sync.salesforce.api.retry.max-delay", () -> "200ms");
        registry.add("reveal-sync.salesforce.api.bulk.poll-initial-delay", () -> "20ms");
        registry.add("reveal-sync.salesforce.api.bulk.poll-max-delay", () -> "200ms");
    }

    public EmbeddedOrg org() {
        return org;
    }

    @Override
    public void afterAll(ExtensionContext context) {
        org.stop();
    }

    public CountingOrgData data() {
        return data;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** Every record a query returns, all pages. */
    public List<QueryRecord> query(String soql) {
        List<QueryRecord> all = new ArrayList<>();
        var page = data.query(soql, 2000);
        all.addAll(page.records());
        while (!page.done()) {
            page = data.queryMore(page.queryLocator(), 2000);
            all.addAll(page.records());
        }
        return all;
    }

    /** A file of CSV text in the test's data folder. */
    public Path csv(String name, String... lines) {
        try {
            Path file = dataDir.resolve(name);
            Files.writeString(file, String.join("\n", lines) + "\n");
            return file;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
