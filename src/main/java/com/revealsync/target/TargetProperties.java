package com.revealsync.target;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which org the pipeline talks to.
 *
 * @param mode {@link TargetMode}; default AUTO (the service account when
 *             {@code reveal-sync.salesforce.url} is set, otherwise the embedded org)
 * @param adminUser in per-user mode, the connected Lusha user whose session reads metadata
 * @param embeddedDataDir the embedded org's data folder, default {@code ./data/org}
 */
@ConfigurationProperties("reveal-sync.target")
public record TargetProperties(TargetMode mode, String adminUser, Path embeddedDataDir) {

    public TargetProperties {
        mode = mode == null ? TargetMode.AUTO : mode;
        embeddedDataDir = embeddedDataDir == null ? Path.of("data", "org") : embeddedDataDir;
    }
}
