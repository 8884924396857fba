package com.revealsync.report;

/**
 * What went wrong ({@code problem}) and what a Salesforce admin does about it ({@code fix}), for
 * one code. {@code specific} is false for the default hint given to codes this build does not know.
 * The texts hold placeholders filled by {@link #fix(String, String, Long)}.
 */
public record FixHint(String code, String problem, String fix, boolean specific) {

    /**
     * The fix text with {fields}, {user} and {run} filled in. Where one is unknown, prose gets
     * generic words ("the user") and commands (between backticks) a placeholder to replace (EMAIL).
     */
    public String fix(String fields, String user, Long runId) {
        String[] pieces = fix.split("`", -1);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < pieces.length; i++) {
            boolean command = i % 2 == 1;
            if (i > 0) {
                text.append('`');
            }
            text.append(pieces[i].replace("{fields}", orElse(fields, command ? "FIELD" : "the field"))
                    .replace("{user}", orElse(user, command ? "EMAIL" : "the user"))
                    .replace("{run}", runId == null ? "RUN_ID" : runId.toString()));
        }
        return text.toString();
    }

    private static String orElse(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
