package com.revealsync.schedule;

import java.text.ParseException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import org.quartz.CronExpression;

/**
 * One validated schedule of {@code schedules/*.yml}: run {@code job} with {@code parameters} at the
 * times of {@code cron} (Quartz syntax, seconds first) in {@code zone}.
 */
public record Schedule(String name, String job, String cron, ZoneId zone, Map<String, String> parameters,
                       boolean enabled, String source) {

    public Schedule {
        parameters = Map.copyOf(parameters);
    }

    /** The first fire time strictly after {@code after}, if the expression has one. */
    public Optional<Instant> nextFireTime(Instant after) {
        try {
            CronExpression expression = new CronExpression(cron);
            expression.setTimeZone(TimeZone.getTimeZone(zone));
            return Optional.ofNullable(expression.getNextValidTimeAfter(Date.from(after))).map(Date::toInstant);
        } catch (ParseException e) {
            throw new IllegalStateException("schedule " + name + " has an invalid cron (validated on load)", e);
        }
    }
}
