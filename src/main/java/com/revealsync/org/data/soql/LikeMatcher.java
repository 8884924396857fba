package com.revealsync.org.data.soql;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A SOQL {@code LIKE} pattern as a test of a text value: {@code %} any run of characters,
 * {@code _} any one character, case-insensitive, the whole value matched. A pattern without
 * {@code _} (the common {@code '%acme.com%'}) is matched as its literal pieces found in order,
 * ignoring case character by character as the regular expression does; others (and any pattern
 * holding surrogate characters) go through the regular expression. The pipeline's Website
 * searches made the regular expression most of the org's CPU on the SOAP path (~55% of its
 * samples at 10,000 rows, growing with the Accounts each query scans).
 */
final class LikeMatcher {

    private LikeMatcher() {
    }

    /** {@code like} as the lexer gives it: escaped {@code \%} and {@code \_} as {@link Lexer}'s markers. */
    static Predicate<String> of(String like) {
        if (like.indexOf('_') >= 0 || hasSurrogate(like)) {
            Pattern regex = regex(like);
            return value -> regex.matcher(value).matches();
        }
        List<String> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        for (char c : like.toCharArray()) {
            if (c == '%') {
                pieces.add(piece.toString());
                piece.setLength(0);
            } else {
                piece.append(c == Lexer.LITERAL_PERCENT ? '%' : c == Lexer.LITERAL_UNDERSCORE ? '_' : c);
            }
        }
        pieces.add(piece.toString());
        String[] parts = pieces.toArray(new String[0]);
        if (parts.length == 1) {
            String exact = parts[0];
            return value -> value.length() == exact.length() && value.regionMatches(true, 0, exact, 0, exact.length());
        }
        return value -> matches(value, parts);
    }

    /** parts[0] a prefix, the last part a suffix, the others in order between them, none overlapping. */
    private static boolean matches(String value, String[] parts) {
        String first = parts[0];
        String last = parts[parts.length - 1];
        if (value.length() < first.length() + last.length()
                || !value.regionMatches(true, 0, first, 0, first.length())
                || !value.regionMatches(true, value.length() - last.length(), last, 0, last.length())) {
            return false;
        }
        int from = first.length();
        int end = value.length() - last.length();
        for (int i = 1; i < parts.length - 1; i++) {
            int at = indexOfIgnoreCase(value, parts[i], from, end);
            if (at < 0) {
                return false;
            }
            from = at + parts[i].length();
        }
        return true;
    }

    private static int indexOfIgnoreCase(String value, String part, int from, int end) {
        for (int i = from; i + part.length() <= end; i++) {
            if (value.regionMatches(true, i, part, 0, part.length())) {
                return i;
            }
        }
        return -1;
    }

    private static boolean hasSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isSurrogate(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The pattern as a regular expression (every case; the reference the fast path must agree with). */
    static Pattern regex(String like) {
        StringBuilder regex = new StringBuilder();
        StringBuilder literal = new StringBuilder(); // quoted as one run: a surrogate pair stays whole
        for (char c : like.toCharArray()) {
            if (c == '%' || c == '_') {
                if (!literal.isEmpty()) {
                    regex.append(Pattern.quote(literal.toString()));
                    literal.setLength(0);
                }
                regex.append(c == '%' ? ".*" : ".");
            } else {
                literal.append(c == Lexer.LITERAL_PERCENT ? '%' : c == Lexer.LITERAL_UNDERSCORE ? '_' : c);
            }
        }
        if (!literal.isEmpty()) {
            regex.append(Pattern.quote(literal.toString()));
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
    }
}
