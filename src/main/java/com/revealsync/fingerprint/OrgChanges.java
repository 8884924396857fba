package com.revealsync.fingerprint;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Which of the org's Leads, Contacts and Accounts changed since a {@link Watermark}, other than by
 * that run's own writes: the condition of one {@code queryAll} per object (deleted and merged-away
 * records included: deleting a record stamps its {@code SystemModstamp}; made records too).
 *
 * <p>A record counts as changed when its {@code SystemModstamp} is after the run finished, or after
 * it started and its last change was made by someone other than the users the run wrote as. A run
 * that did not finish counts every change since it started. What this cannot tell apart: a change
 * made as one of those users by something else while that run was going (another integration
 * sharing the user); a change made as one of them in the second after the run finished (the times
 * are whole seconds, below); and a change by someone else that the run's own write to the same
 * record then followed (the record holds the run's values for the fields it wrote). README
 * "Unchanged rows".
 *
 * <p>Times go into the query in SOQL's documented form, whole seconds: the start is rounded down
 * (a change in its second counts), the finish up (the run's own last writes do not).
 */
public final class OrgChanges {

    /** SOQL datetime literals, whole seconds. */
    private static final DateTimeFormatter SOQL_DATETIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

    /** What may go into the query as a user id (the ids come from the app database). */
    private static final Pattern SALESFORCE_ID = Pattern.compile("[A-Za-z0-9]{15}|[A-Za-z0-9]{18}");

    private OrgChanges() {
    }

    /** The condition selecting the records changed since the watermark (queried with {@code queryAll}). */
    public static String filter(Watermark mark) {
        String started = "SystemModstamp > " + literal(mark.started().truncatedTo(ChronoUnit.SECONDS));
        List<String> users = mark.userIds().stream().filter(id -> SALESFORCE_ID.matcher(id).matches()).sorted().toList();
        if (mark.finished() == null || users.isEmpty()) {
            return started;
        }
        Instant finished = mark.finished().truncatedTo(ChronoUnit.SECONDS);
        if (finished.isBefore(mark.finished())) {
            finished = finished.plusSeconds(1);
        }
        return "SystemModstamp > " + literal(finished) + " OR (" + started
                + " AND LastModifiedById NOT IN (" + users.stream().map(id -> "'" + id + "'")
                .collect(Collectors.joining(", ")) + "))";
    }

    private static String literal(Instant wholeSecond) {
        return SOQL_DATETIME.format(wholeSecond);
    }
}
