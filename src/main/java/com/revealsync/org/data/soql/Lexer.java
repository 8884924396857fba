package com.revealsync.org.data.soql;

import com.revealsync.org.data.soql.Token.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits SOQL text into tokens, resolving string escapes; a bad character is MALFORMED_QUERY. */
final class Lexer {

    private static final Pattern DATETIME = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,3})?(Z|[+-]\\d{2}:?\\d{2})");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}(?![\\w:])");
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    /** {@code \%} and {@code \_} in a string: a percent sign or underscore that LIKE takes literally. */
    static final char LITERAL_PERCENT = '\uE000';
    static final char LITERAL_UNDERSCORE = '\uE001';

    private final String text;
    private final SoqlFaults faults;
    private int pos;
    private int row = 1;
    private int lineStart;

    Lexer(String text, SoqlFaults faults) {
        this.text = text;
        this.faults = faults;
    }

    List<Token> tokens() {
        List<Token> tokens = new ArrayList<>();
        while (true) {
            skipSpace();
            if (pos >= text.length()) {
                tokens.add(token(Kind.EOF, "", pos));
                return tokens;
            }
            tokens.add(next());
        }
    }

    private Token next() {
        int start = pos;
        char c = text.charAt(pos);
        if (Character.isLetter(c) || c == '_') {
            while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
                pos++;
            }
            return token(Kind.IDENT, text.substring(start, pos), start);
        }
        if (c == '\'' || c == '"') {
            return string(c);
        }
        Token literal = match(DATETIME, Kind.DATETIME);
        if (literal == null) {
            literal = match(DATE, Kind.DATE);
        }
        if (literal == null && (Character.isDigit(c) || ((c == '-' || c == '+' || c == '.') && nextIsDigitLike()))) {
            literal = match(NUMBER, Kind.NUMBER);
        }
        if (literal != null) {
            return literal;
        }
        pos++;
        switch (c) {
            case ',': return token(Kind.COMMA, ",", start);
            case '.': return token(Kind.DOT, ".", start);
            case '(': return token(Kind.LPAREN, "(", start);
            case ')': return token(Kind.RPAREN, ")", start);
            case ':': return token(Kind.COLON, ":", start);
            case '=': return token(Kind.OPERATOR, "=", start);
            case '!':
                if (pos < text.length() && text.charAt(pos) == '=') {
                    pos++;
                    return token(Kind.OPERATOR, "!=", start);
                }
                break;
            case '<':
            case '>':
                if (pos < text.length() && (text.charAt(pos) == '=' || (c == '<' && text.charAt(pos) == '>'))) {
                    pos++;
                }
                return token(Kind.OPERATOR, text.substring(start, pos), start);
            default:
                break;
        }
        throw faults.unexpected(token(Kind.IDENT, String.valueOf(c), start));
    }

    private boolean nextIsDigitLike() {
        return pos + 1 < text.length() && (Character.isDigit(text.charAt(pos + 1)) || text.charAt(pos + 1) == '.');
    }

    private Token match(Pattern pattern, Kind kind) {
        Matcher m = pattern.matcher(text).region(pos, text.length());
        if (!m.lookingAt()) {
            return null;
        }
        int start = pos;
        pos = m.end();
        return token(kind, m.group(), start);
    }

    private Token string(char quote) {
        int start = pos++;
        StringBuilder value = new StringBuilder();
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == quote) {
                return token(Kind.STRING, value.toString(), start);
            }
            if (c != '\\') {
                value.append(c);
                continue;
            }
            if (pos >= text.length()) {
                break;
            }
            char e = text.charAt(pos++);
            switch (e) {
                case 'n' -> value.append('\n');
                case 'r' -> value.append('\r');
                case 't' -> value.append('\t');
                case 'b' -> value.append('\b');
                case 'f' -> value.append('\f');
                case '\'', '"', '\\' -> value.append(e);
                case '%' -> value.append(LITERAL_PERCENT);
                case '_' -> value.append(LITERAL_UNDERSCORE);
                case 'u' -> value.append(unicode(start));
                default -> throw faults.malformed(token(Kind.STRING, text.substring(start, pos), start),
                        "Invalid string literal '" + text.substring(start, Math.min(text.length(), pos)) + "'. Illegal character sequence '\\" + e + "' in string literal.");
            }
        }
        throw faults.malformed(token(Kind.STRING, text.substring(start), start), "Invalid string literal '"
                + text.substring(start) + "': no closing quote");
    }

    private char unicode(int start) {
        if (pos + 4 > text.length() || !text.substring(pos, pos + 4).matches("[0-9a-fA-F]{4}")) {
            throw faults.malformed(token(Kind.STRING, text.substring(start, pos), start), "Invalid unicode escape in string literal");
        }
        char c = (char) Integer.parseInt(text.substring(pos, pos + 4), 16);
        pos += 4;
        return c;
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            if (text.charAt(pos) == '\n') {
                row++;
                lineStart = pos + 1;
            }
            pos++;
        }
    }

    private Token token(Kind kind, String value, int start) {
        return new Token(kind, value, start, row, start - lineStart + 1);
    }
}
