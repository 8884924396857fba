package com.revealsync.org.server;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The parameters of an {@code application/x-www-form-urlencoded} body or query string. */
public final class FormParameters {

    private final Map<String, String> values;

    private FormParameters(Map<String, String> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    /** Parses {@code a=1&b=x%20y}; the first value of a repeated name wins. */
    public static FormParameters parse(String encoded) {
        Map<String, String> values = new LinkedHashMap<>();
        if (encoded != null && !encoded.isEmpty()) {
            for (String pair : encoded.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String name = decode(eq < 0 ? pair : pair.substring(0, eq));
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                values.putIfAbsent(name, value);
            }
        }
        return new FormParameters(values);
    }

    public static FormParameters fromMap(Map<String, String> values) {
        return new FormParameters(new LinkedHashMap<>(values));
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("badly encoded form parameter: " + abbreviate(text));
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }

    /** These parameters, with {@code other}'s filling names these lack. */
    public FormParameters orElse(FormParameters other) {
        Map<String, String> merged = new LinkedHashMap<>(values);
        other.values.forEach(merged::putIfAbsent);
        return new FormParameters(merged);
    }

    /** A parameter, if present and not blank. */
    public Optional<String> get(String name) {
        String value = values.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    public Map<String, String> asMap() {
        return values;
    }
}
