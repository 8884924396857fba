package com.revealsync.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the JSON columns of {@code row_outcome}. A report must never fail on one odd row, so a
 * value that is not the expected shape is kept as raw text rather than dropped.
 */
final class RowJson {

    /** The column a source row's raw text goes to when it is not a JSON object. */
    static final String RAW_SOURCE = "raw";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private RowJson() {
    }

    /** The row's source columns in file order: an object's keys, or "column N" for an array. */
    static Map<String, String> sourceColumns(String json) {
        Map<String, String> columns = new LinkedHashMap<>();
        if (json == null || json.isBlank()) {
            return columns;
        }
        JsonNode node = parse(json);
        if (node != null && node.isObject()) {
            for (Map.Entry<String, JsonNode> entry : node.properties()) {
                columns.put(entry.getKey(), text(entry.getValue()));
            }
        } else if (node != null && node.isArray()) {
            int i = 1;
            for (JsonNode value : node.values()) {
                columns.put("column " + i++, text(value));
            }
        } else {
            columns.put(RAW_SOURCE, json);
        }
        return columns;
    }

    /** The warnings of {@code [{"code","message","field"}]}; unreadable text becomes one warning. */
    static List<Warning> warnings(String json) {
        List<Warning> warnings = new ArrayList<>();
        if (json == null || json.isBlank()) {
            return warnings;
        }
        JsonNode node = parse(json);
        if (node == null || !(node.isArray() || node.isObject())) {
            warnings.add(new Warning("", "", json));
            return warnings;
        }
        for (JsonNode warning : node.isArray() ? node.values() : List.of(node)) {
            warnings.add(new Warning(field(warning, "code"), field(warning, "field"), field(warning, "message")));
        }
        return warnings;
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (JacksonException e) {
            return null;
        }
    }

    private static String field(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value == null ? "" : text(value);
    }

    private static String text(JsonNode value) {
        if (value == null || value.isNull()) {
            return "";
        }
        return value.isValueNode() ? value.asString() : value.toString();
    }
}
