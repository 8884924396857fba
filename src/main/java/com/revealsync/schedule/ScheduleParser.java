package com.revealsync.schedule;

import java.text.ParseException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.quartz.CronExpression;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads one schedule file into a {@link Schedule}, collecting every problem as
 * "FILE: FIELD: what is wrong" so an admin can fix the file in one go.
 */
final class ScheduleParser {

    static final Set<String> FIELDS = Set.of("name", "job", "cron", "timeZone", "parameters", "enabled", "description");
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");
    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    private ScheduleParser() {
    }

    /** The schedule, or the problems that keep it from being one (then {@code schedule} is null). */
    record Parsed(Schedule schedule, List<String> problems) {
    }

    static Parsed parse(String source, String text) {
        List<String> problems = new ArrayList<>();
        JsonNode root;
        try {
            root = YAML.readTree(text);
        } catch (JacksonException e) {
            return new Parsed(null, List.of(source + ": not valid YAML: " + e.getOriginalMessage()));
        }
        if (root == null || !root.isObject()) {
            return new Parsed(null, List.of(source + ": expected the fields " + String.join(", ", List.of("name", "job",
                    "cron", "timeZone", "parameters"))));
        }
        root.propertyNames().stream().filter(field -> !FIELDS.contains(field)).forEach(field -> problems.add(
                source + ": " + field + ": unknown field (known: name, job, cron, timeZone, parameters, enabled, description)"));
        String name = text(root, "name", source, problems);
        if (name != null && !NAME.matcher(name).matches()) {
            problems.add(source + ": name: '" + name + "' must be lower-case letters, digits and dashes (e.g. nightly-sync)");
        }
        String job = text(root, "job", source, problems);
        String cron = text(root, "cron", source, problems);
        if (cron != null) {
            checkCron(cron, source, problems);
        }
        ZoneId zone = zone(root, source, problems);
        Map<String, String> parameters = parameters(root, source, problems);
        boolean enabled = !root.has("enabled") || root.get("enabled").asBoolean(true);
        if (root.has("enabled") && !root.get("enabled").isBoolean()) {
            problems.add(source + ": enabled: must be true or false");
        }
        if (!problems.isEmpty()) {
            return new Parsed(null, problems);
        }
        return new Parsed(new Schedule(name, job, cron, zone, parameters, enabled, source), problems);
    }

    private static void checkCron(String cron, String source, List<String> problems) {
        int fields = cron.trim().split("\\s+").length;
        if (fields == 5) {
            problems.add(source + ": cron: '" + cron + "' has 5 fields; schedules use Quartz cron, which starts with "
                    + "seconds: 'SEC MIN HOUR DAY-OF-MONTH MONTH DAY-OF-WEEK', e.g. '0 0 2 * * ?' for 02:00 every day");
            return;
        }
        try {
            new CronExpression(cron);
        } catch (ParseException e) {
            problems.add(source + ": cron: '" + cron + "' is not a valid Quartz cron expression (" + e.getMessage()
                    + "); e.g. '0 0 2 * * ?' for 02:00 every day, '0 0 7 ? * MON' for Mondays at 07:00");
        }
    }

    private static ZoneId zone(JsonNode root, String source, List<String> problems) {
        if (!root.hasNonNull("timeZone")) {
            return ZoneId.of("UTC");
        }
        String id = root.get("timeZone").asString().trim();
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            problems.add(source + ": timeZone: '" + id + "' is not a known time zone; use a region id such as "
                    + "Europe/London, America/New_York or UTC");
            return null;
        }
    }

    private static Map<String, String> parameters(JsonNode root, String source, List<String> problems) {
        Map<String, String> parameters = new LinkedHashMap<>();
        JsonNode node = root.get("parameters");
        if (node == null || node.isNull()) {
            return parameters;
        }
        if (!node.isObject()) {
            problems.add(source + ": parameters: must be a map of names to values (e.g. input: inbox/)");
            return parameters;
        }
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            if (!entry.getValue().isValueNode() || entry.getValue().isNull()) {
                problems.add(source + ": parameters." + entry.getKey() + ": must be a single value");
            } else {
                parameters.put(entry.getKey(), entry.getValue().asString());
            }
        }
        return parameters;
    }

    private static String text(JsonNode root, String field, String source, List<String> problems) {
        JsonNode value = root.get(field);
        if (value == null || value.isNull() || value.asString().isBlank()) {
            problems.add(source + ": " + field + ": is required");
            return null;
        }
        if (!value.isValueNode()) {
            problems.add(source + ": " + field + ": must be a single value");
            return null;
        }
        return value.asString().trim();
    }
}
