package com.revealsync.org.data.soql;

import com.revealsync.org.data.soql.Ast.Literal;
import com.revealsync.org.data.soql.Ast.Path;
import com.revealsync.org.data.soql.Token.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A recursive-descent parser for the SOQL subset: SELECT fields | COUNT() FROM object [WHERE ...]
 * [ORDER BY ...] [LIMIT n] [OFFSET n]. Like Salesforce it refuses AND and OR mixed at one level
 * without parentheses. Errors are MALFORMED_QUERY faults at the offending token.
 */
final class Parser {

    private static final Set<String> RESERVED = Set.of("SELECT", "FROM", "WHERE", "AND", "OR", "NOT", "LIKE", "IN",
            "ORDER", "BY", "LIMIT", "OFFSET", "NULL", "TRUE", "FALSE", "ASC", "DESC", "NULLS");
    private static final Set<String> DATE_FUNCTIONS = Set.of("TODAY", "YESTERDAY", "TOMORROW", "LAST_N_DAYS", "NEXT_N_DAYS");

    private final List<Token> tokens;
    private final SoqlFaults faults;
    private int at;

    Parser(List<Token> tokens, SoqlFaults faults) {
        this.tokens = tokens;
        this.faults = faults;
    }

    Ast.Query parse() {
        keyword("SELECT");
        boolean count = false;
        List<Path> fields = new ArrayList<>();
        if (peek().isKeyword("COUNT") && peek(1).is(Kind.LPAREN)) {
            advance();
            advance();
            expect(Kind.RPAREN);
            count = true;
        } else {
            fields.add(path());
            while (peek().is(Kind.COMMA)) {
                advance();
                fields.add(path());
            }
        }
        keyword("FROM");
        Token object = identifier();
        Ast.Condition where = null;
        if (peek().isKeyword("WHERE")) {
            advance();
            where = condition();
        }
        List<Ast.Order> orderBy = new ArrayList<>();
        if (peek().isKeyword("ORDER")) {
            advance();
            keyword("BY");
            orderBy.add(order());
            while (peek().is(Kind.COMMA)) {
                advance();
                orderBy.add(order());
            }
        }
        Integer limit = peek().isKeyword("LIMIT") ? count() : null;
        Integer offset = peek().isKeyword("OFFSET") ? count() : null;
        if (!peek().is(Kind.EOF)) {
            throw faults.unexpected(peek());
        }
        return new Ast.Query(fields, count, object, where, orderBy, limit, offset);
    }

    private Integer count() {
        advance();
        Token n = peek();
        if (!n.is(Kind.NUMBER) || !n.text().matches("\\d{1,9}")) {
            throw faults.unexpected(n);
        }
        advance();
        return Integer.parseInt(n.text());
    }

    private Ast.Order order() {
        Path field = path();
        boolean descending = false;
        if (peek().isKeyword("ASC") || peek().isKeyword("DESC")) {
            descending = advance().isKeyword("DESC");
        }
        Boolean nullsFirst = null;
        if (peek().isKeyword("NULLS")) {
            advance();
            Token which = advance();
            if (!which.isKeyword("FIRST") && !which.isKeyword("LAST")) {
                throw faults.unexpected(which);
            }
            nullsFirst = which.isKeyword("FIRST");
        }
        return new Ast.Order(field, descending, nullsFirst);
    }

    /** condition := term ((AND term)* | (OR term)*) */
    private Ast.Condition condition() {
        Ast.Condition first = term();
        if (!peek().isKeyword("AND") && !peek().isKeyword("OR")) {
            return first;
        }
        String connective = peek().upper();
        List<Ast.Condition> parts = new ArrayList<>(List.of(first));
        while (peek().isKeyword("AND") || peek().isKeyword("OR")) {
            if (!peek().upper().equals(connective)) {
                throw faults.unexpected(peek());
            }
            advance();
            parts.add(term());
        }
        return connective.equals("AND") ? new Ast.And(parts) : new Ast.Or(parts);
    }

    private Ast.Condition term() {
        if (peek().isKeyword("NOT")) {
            advance();
            return new Ast.Not(term());
        }
        if (peek().is(Kind.LPAREN)) {
            advance();
            Ast.Condition inner = condition();
            expect(Kind.RPAREN);
            return inner;
        }
        Path field = path();
        Token op = peek();
        if (op.isKeyword("NOT") && peek(1).isKeyword("IN")) {
            advance();
            advance();
            return new Ast.In(field, true, list());
        }
        if (op.isKeyword("IN")) {
            advance();
            return new Ast.In(field, false, list());
        }
        if (op.is(Kind.OPERATOR) || op.isKeyword("LIKE")) {
            advance();
            String symbol = op.isKeyword("LIKE") ? "LIKE" : op.text().equals("<>") ? "!=" : op.text();
            return new Ast.Compare(field, symbol, literal(), op);
        }
        throw faults.unexpected(op);
    }

    private List<Literal> list() {
        expect(Kind.LPAREN);
        List<Literal> values = new ArrayList<>();
        values.add(literal());
        while (peek().is(Kind.COMMA)) {
            advance();
            values.add(literal());
        }
        expect(Kind.RPAREN);
        return values;
    }

    private Literal literal() {
        Token t = advance();
        switch (t.kind()) {
            case STRING: return new Literal(t, Literal.Kind.STRING, 0);
            case NUMBER: return new Literal(t, Literal.Kind.NUMBER, 0);
            case DATE: return new Literal(t, Literal.Kind.DATE, 0);
            case DATETIME: return new Literal(t, Literal.Kind.DATETIME, 0);
            default: break;
        }
        if (t.isKeyword("TRUE") || t.isKeyword("FALSE")) {
            return new Literal(t, Literal.Kind.BOOLEAN, 0);
        }
        if (t.isKeyword("NULL")) {
            return new Literal(t, Literal.Kind.NULL, 0);
        }
        if (t.is(Kind.IDENT) && DATE_FUNCTIONS.contains(t.upper())) {
            int n = 0;
            if (t.upper().endsWith("_N_DAYS")) {
                expect(Kind.COLON);
                Token number = advance();
                if (!number.is(Kind.NUMBER) || !number.text().matches("\\d{1,5}")) {
                    throw faults.unexpected(number);
                }
                n = Integer.parseInt(number.text());
            }
            return new Literal(t, Literal.Kind.DATE_FUNCTION, n);
        }
        throw faults.unexpected(t);
    }

    private Path path() {
        Token first = identifier();
        List<String> parts = new ArrayList<>(List.of(first.text()));
        while (peek().is(Kind.DOT)) {
            advance();
            parts.add(identifier().text());
        }
        return new Path(parts, first);
    }

    private Token identifier() {
        Token t = peek();
        if (!t.is(Kind.IDENT) || RESERVED.contains(t.upper())) {
            throw faults.unexpected(t);
        }
        return advance();
    }

    private void keyword(String keyword) {
        if (!peek().isKeyword(keyword)) {
            throw faults.unexpected(peek());
        }
        advance();
    }

    private void expect(Kind kind) {
        if (!peek().is(kind)) {
            throw faults.unexpected(peek());
        }
        advance();
    }

    private Token peek() {
        return tokens.get(at);
    }

    private Token peek(int ahead) {
        return tokens.get(Math.min(at + ahead, tokens.size() - 1));
    }

    private Token advance() {
        Token t = tokens.get(at);
        if (!t.is(Kind.EOF)) {
            at++;
        }
        return t;
    }
}
