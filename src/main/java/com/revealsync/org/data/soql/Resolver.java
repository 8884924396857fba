package com.revealsync.org.data.soql;

import com.revealsync.org.data.FieldSchema;
import com.revealsync.org.data.id.SalesforceIds;
import com.revealsync.org.data.schema.FieldType;
import com.revealsync.org.data.schema.ObjectMeta;
import com.revealsync.org.data.schema.OrgSchema;
import com.revealsync.org.data.soql.Ast.Literal;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Binds the names and literals of a parsed query to the metadata: field paths to {@link FieldRef}s
 * (INVALID_FIELD when unknown) and literals to typed values of the field they are compared with
 * (INVALID_FIELD when of the wrong type, INVALID_QUERY_FILTER_OPERATOR for a bad id).
 */
final class Resolver {

    /** A date function such as TODAY: the half-open range [from, to) it stands for. */
    record Range(Comparable<?> from, Comparable<?> to) {
    }

    private final OrgSchema schema;
    private final SoqlFaults faults;
    private final LocalDate today;

    Resolver(OrgSchema schema, SoqlFaults faults, LocalDate today) {
        this.schema = schema;
        this.faults = faults;
        this.today = today;
    }

    FieldRef field(ObjectMeta object, Ast.Path path) {
        List<String> parts = path.parts().size() > 1 && path.parts().get(0).equalsIgnoreCase(object.name())
                ? path.parts().subList(1, path.parts().size()) : path.parts();
        if (parts.size() == 1) {
            int at = object.position(parts.get(0));
            if (at < 0) {
                throw faults.noSuchColumn(path.at(), parts.get(0), object.name());
            }
            return new FieldRef(object, at, -1, null);
        }
        if (parts.size() > 2) {
            throw faults.unknownRelationship(path.at(), parts.get(1));
        }
        int reference = object.relationship(parts.get(0)).orElseThrow(() -> faults.unknownRelationship(path.at(), parts.get(0)));
        FieldSchema refField = object.field(reference);
        ObjectMeta parent = schema.find(refField.referenceTo().get(0))
                .orElseThrow(() -> faults.unknownRelationship(path.at(), parts.get(0)));
        int at = parent.position(parts.get(1));
        if (at < 0) {
            throw faults.noSuchColumn(path.at(), parts.get(1), parent.name());
        }
        return new FieldRef(parent, at, reference, refField.relationshipName());
    }

    /** The literal as a value comparable with the field: String, BigDecimal, Boolean, LocalDate, Instant, Range or null. */
    Object value(FieldRef field, Literal literal, boolean forLike) {
        Token t = literal.token();
        FieldType type = field.type();
        if (literal.kind() == Literal.Kind.NULL) {
            return null;
        }
        if (type.isText()) {
            requireKind(literal, Literal.Kind.STRING, field, "string");
            return forLike ? t.text() : unescapeWildcards(t.text());
        }
        if (type.isId()) {
            requireKind(literal, Literal.Kind.STRING, field, "id");
            return SalesforceIds.normalize(t.text()).orElseThrow(() -> faults.invalidIdValue(t, t.text()));
        }
        return switch (type) {
            case BOOLEAN -> {
                requireKind(literal, Literal.Kind.BOOLEAN, field, "boolean");
                yield Boolean.valueOf(t.text().equalsIgnoreCase("true"));
            }
            case INT, DOUBLE, CURRENCY, PERCENT -> {
                requireKind(literal, Literal.Kind.NUMBER, field, type == FieldType.INT ? "integer" : "double");
                yield new BigDecimal(t.text());
            }
            case DATE -> literal.kind() == Literal.Kind.DATE_FUNCTION ? dateRange(literal)
                    : dateOf(literal, field);
            case DATETIME -> datetime(literal, field);
            default -> throw new IllegalStateException("unhandled type " + type);
        };
    }

    private LocalDate dateOf(Literal literal, FieldRef field) {
        requireKind(literal, Literal.Kind.DATE, field, "date");
        return LocalDate.parse(literal.token().text());
    }

    private Object datetime(Literal literal, FieldRef field) {
        if (literal.kind() == Literal.Kind.DATE_FUNCTION) {
            Range days = dateRange(literal);
            return new Range(((LocalDate) days.from()).atStartOfDay(ZoneOffset.UTC).toInstant(),
                    ((LocalDate) days.to()).atStartOfDay(ZoneOffset.UTC).toInstant());
        }
        requireKind(literal, Literal.Kind.DATETIME, field, "dateTime");
        String text = literal.token().text();
        if (text.matches(".*[+-]\\d{4}$")) {
            text = text.substring(0, text.length() - 2) + ":" + text.substring(text.length() - 2);
        }
        return OffsetDateTime.parse(text).toInstant().truncatedTo(ChronoUnit.MILLIS);
    }

    private Range dateRange(Literal literal) {
        return switch (literal.token().upper()) {
            case "TODAY" -> new Range(today, today.plusDays(1));
            case "YESTERDAY" -> new Range(today.minusDays(1), today);
            case "TOMORROW" -> new Range(today.plusDays(1), today.plusDays(2));
            case "LAST_N_DAYS" -> new Range(today.minusDays(literal.n()), today.plusDays(1));
            case "NEXT_N_DAYS" -> new Range(today.plusDays(1), today.plusDays(1 + literal.n()));
            default -> throw faults.unexpected(literal.token());
        };
    }

    private void requireKind(Literal literal, Literal.Kind kind, FieldRef field, String typeName) {
        if (literal.kind() == kind) {
            return;
        }
        boolean quoted = kind == Literal.Kind.STRING;
        throw faults.invalidField(literal.token(), "value of filter criterion for field '" + field.name()
                + "' must be of type " + typeName + " and should " + (quoted ? "" : "not ") + "be enclosed in quotes");
    }

    static String unescapeWildcards(String text) {
        return text.replace(Lexer.LITERAL_PERCENT, '%').replace(Lexer.LITERAL_UNDERSCORE, '_');
    }
}
