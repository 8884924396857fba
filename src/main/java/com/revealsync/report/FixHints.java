package com.revealsync.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The fix hints of {@code report/fix-hints.yml}: one per code the product emits, and a default for
 * any other code (a Salesforce status code this build has not met yet).
 */
public final class FixHints {

    private static final String RESOURCE = "/report/fix-hints.yml";
    private static final String DEFAULT = "default";

    private final Map<String, FixHint> hints;
    private final FixHint fallback;

    private FixHints(Map<String, FixHint> hints) {
        this.fallback = hints.remove(DEFAULT);
        if (fallback == null) {
            throw new IllegalStateException(RESOURCE + " has no 'default' entry");
        }
        this.hints = Map.copyOf(hints);
    }

    /** The hints shipped with reveal-sync. */
    public static FixHints shipped() {
        try (InputStream in = FixHints.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the build");
            }
            JsonNode root = YAMLMapper.builder().build().readTree(in);
            Map<String, FixHint> hints = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> entry : root.properties()) {
                String code = entry.getKey();
                hints.put(code, new FixHint(code, text(entry.getValue(), code, "problem"),
                        text(entry.getValue(), code, "fix"), !code.equals(DEFAULT)));
            }
            return new FixHints(hints);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The hint for {@code code}; the default hint, with {@code specific} false, for an unknown code. */
    public FixHint forCode(String code) {
        FixHint hint = code == null ? null : hints.get(code);
        if (hint != null) {
            return hint;
        }
        return new FixHint(code == null ? "" : code, fallback.problem(), fallback.fix(), false);
    }

    private static String text(JsonNode hint, String code, String key) {
        JsonNode value = hint.get(key);
        if (value == null || value.asString().isBlank()) {
            throw new IllegalStateException(RESOURCE + ": " + code + " has no '" + key + "'");
        }
        return value.asString().strip();
    }
}
