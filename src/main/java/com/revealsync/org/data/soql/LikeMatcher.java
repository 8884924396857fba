package com.revealsync.org.data.soql;

import com.revealsync.org.data.store.TextFold;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A SOQL {@code LIKE} pattern as a test of a text value: {@code %} any run of characters,
 * {@code _} any one character, case-insensitive, the whole value matched. A pattern without
 * {@code _} (the common {@code '%acme.com%'}) is matched as its literal pieces found in order in
 * the value case-folded ({@link TextFold#fold}: two characters are equal ignoring case, as the regular
 * expression and {@code String.regionMatches} compare them, exactly when their folds are equal);
 * others (and any pattern holding surrogate characters) go through the regular expression. The
 * pipeline's Website searches made the regular expression most of the org's CPU on the SOAP path
 * (~55% of its samples at 10,000 rows, growing with the Accounts each query scans).
 */
final class LikeMatcher {

    private LikeMatcher() {
    }

    /** {@code like} as the lexer gives it: escaped {@code \%} and {@code \_} as {@link Lexer}'s markers. */
    static Predicate<String> of(String like) {
        Folded folded = folded(like);
        if (folded == null) {
            Pattern regex = regex(like);
            return value -> regex.matcher(value).matches();
        }
        return value -> folded.test(TextFold.fold(value));
    }

    /** The pattern's literal pieces, folded; null when the pattern needs the regular expression. */
    static Folded folded(String like) {
        if (like.indexOf('_') >= 0 || TextFold.hasSurrogate(like)) {
            return null;
        }
        List<String> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        for (char c : like.toCharArray()) {
            if (c == '%') {
                pieces.add(TextFold.fold(piece.toString()));
                piece.setLength(0);
            } else {
                piece.append(c == Lexer.LITERAL_PERCENT ? '%' : c == Lexer.LITERAL_UNDERSCORE ? '_' : c);
            }
        }
        pieces.add(TextFold.fold(piece.toString()));
        return new Folded(pieces.toArray(new String[0]));
    }

    /**
     * A pattern without {@code _} as its folded pieces: the first a prefix, the last a suffix (one
     * piece: the whole value), the others found in order between them, none overlapping.
     */
    record Folded(String[] parts) {

        /** {@code value} already {@link TextFold#fold folded}. */
        boolean test(String value) {
            String first = parts[0];
            if (parts.length == 1) {
                return value.equals(first);
            }
            String last = parts[parts.length - 1];
            if (value.length() < first.length() + last.length() || !value.startsWith(first) || !value.endsWith(last)) {
                return false;
            }
            int from = first.length();
            int end = value.length() - last.length();
            for (int i = 1; i < parts.length - 1; i++) {
                int at = value.indexOf(parts[i], from);
                if (at < 0 || at + parts[i].length() > end) {
                    return false;
                }
                from = at + parts[i].length();
            }
            return true;
        }
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
