package com.revealsync.report;

/**
 * What went wrong ({@code problem}) and what a Salesforce admin does about it ({@code fix}), for
 * one code. {@code specific} is false for the default hint given to codes this build does not know.
 * The texts hold placeholders filled by {@link #fix(String, String, Long)}.
 */
public record FixHint(String code, String problem, String fix, boolean specific) {

    /** The fix text with {fields}, {user} and {run} filled in (or generic words where unknown). */
    public String fix(String fields, String user, Long runId) {
        return fix.replace("{fields}", orElse(fields, "the field"))
                .replace("{user}", orElse(user, "the user"))
                .replace("{run}", runId == null ? "RUN_ID" : runId.toString());
    }

    private static String orElse(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
