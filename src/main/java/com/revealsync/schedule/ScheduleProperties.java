package com.revealsync.schedule;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the schedules ({@code reveal-sync.schedules.*}).
 *
 * @param dir the folder of schedule files ({@code *.yml}), relative to the working directory
 * @param reportsDir where the report of each scheduled sync or backfill run is written, one
 *                   folder per run ({@code run-ID})
 */
@ConfigurationProperties("reveal-sync.schedules")
public record ScheduleProperties(@DefaultValue("schedules") Path dir, @DefaultValue("reports") Path reportsDir) {
}
