package com.revealsync.mapping.profile;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/** Turns Jackson's errors into one line an admin can act on: {@code file:line:column: what (at path)}. */
final class ProfileErrors {

    private ProfileErrors() {
    }

    static String describe(String source, JacksonException e, KeyLines keyLines) {
        String path = path(e);
        String what = what(e);
        int keyLine = keyLines == null || path.isEmpty() ? 0 : keyLines.line(path);
        TokenStreamLocation at = e.getLocation();
        String where;
        if (keyLine > 0 && e instanceof UnrecognizedPropertyException) {
            where = source + ":" + keyLine;
        } else if (at != null && at.getLineNr() > 0) {
            where = source + ":" + at.getLineNr() + ":" + at.getColumnNr();
        } else {
            where = keyLine > 0 ? source + ":" + keyLine : source;
        }
        return where + ": " + what + (path.isEmpty() ? "" : " (at " + path + ")");
    }

    private static String what(JacksonException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            Collection<Object> known = u.getKnownPropertyIds();
            String expected = known == null || known.isEmpty() ? "" : "; expected one of: "
                    + known.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
            return "unknown key '" + u.getPropertyName() + "'" + expected;
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null
                && m.getTargetType().getName().startsWith("com.revealsync")
                && !m.getTargetType().isEnum()) {
            return "expected keys and values here (a YAML mapping)";
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            Class<?> t = m.getTargetType();
            if (List.class.isAssignableFrom(t) || Collection.class.isAssignableFrom(t)) {
                return "expected a list here";
            }
            if (Map.class.isAssignableFrom(t)) {
                return "expected keys and values here (a YAML mapping)";
            }
            if (t == Boolean.class || t == boolean.class) {
                return "expected true or false";
            }
            if (t == String.class) {
                return "expected a single value here";
            }
        }
        String message = e.getOriginalMessage() == null ? "not a valid profile" : e.getOriginalMessage();
        if (!(e instanceof tools.jackson.databind.DatabindException)) {
            // A YAML syntax error: the parser's lines of text, without its quoted snippets of the file.
            return "not valid YAML: " + message.lines().filter(l -> !l.isBlank() && !Character.isWhitespace(l.charAt(0)))
                    .collect(Collectors.joining("; "));
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    /** The path of the failing value, e.g. {@code mappings.Lead.fields[1].lusha}; list entries counted from 1. */
    static String path(JacksonException e) {
        StringBuilder sb = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                sb.append(sb.isEmpty() ? "" : ".").append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex() + 1).append(']');
            }
        }
        return sb.toString();
    }
}
