package com.revealsync.org.data.soql;

import com.revealsync.org.data.schema.ObjectMeta;
import com.revealsync.org.data.soql.Resolver.Range;
import com.revealsync.org.data.store.OrgStore;
import com.revealsync.org.data.store.TextFold;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Turns a WHERE clause into a {@link Filter}, with SOQL's semantics: {@code = null} and
 * {@code != null} test for absence; {@code !=} and {@code NOT IN} also match records where the
 * field is null; ordering comparisons never match a null; LIKE uses {@code %} and {@code _},
 * case-insensitively.
 */
final class FilterCompiler {

    private final ObjectMeta object;
    private final Resolver resolver;
    private final SoqlFaults faults;
    private final OrgStore store;

    FilterCompiler(ObjectMeta object, Resolver resolver, SoqlFaults faults, OrgStore store) {
        this.object = object;
        this.resolver = resolver;
        this.faults = faults;
        this.store = store;
    }

    Filter compile(Ast.Condition condition) {
        if (condition instanceof Ast.And and) {
            Filter[] parts = compileAll(and.parts());
            return r -> {
                for (Filter part : parts) {
                    if (!part.test(r)) {
                        return false;
                    }
                }
                return true;
            };
        }
        if (condition instanceof Ast.Or or) {
            Filter[] parts = compileAll(or.parts());
            return r -> {
                for (Filter part : parts) {
                    if (part.test(r)) {
                        return true;
                    }
                }
                return false;
            };
        }
        if (condition instanceof Ast.Not not) {
            Filter inner = compile(not.inner());
            return r -> !inner.test(r);
        }
        if (condition instanceof Ast.In in) {
            return in(in);
        }
        return compare((Ast.Compare) condition);
    }

    /** As an array: a query's filter runs once per record it scans (loops, not streams). */
    private Filter[] compileAll(List<Ast.Condition> conditions) {
        Filter[] filters = new Filter[conditions.size()];
        for (int i = 0; i < filters.length; i++) {
            filters[i] = compile(conditions.get(i));
        }
        return filters;
    }

    private Filter in(Ast.In in) {
        FieldRef field = resolver.field(object, in.field());
        boolean ignoreCase = field.type().isText();
        List<Object> values = new ArrayList<>();
        in.values().forEach(v -> values.add(resolver.value(field, v, false)));
        if (ignoreCase && values.stream().allMatch(v -> v instanceof String s && !TextFold.hasSurrogate(s))) {
            return textIn(field, values, in.negated());
        }
        Object[] all = values.toArray();
        return r -> {
            Object value = field.value(r, store);
            boolean found = false;
            for (Object v : all) {
                if (v instanceof Range range ? inRange(value, range, "=") : Values.equal(value, v, ignoreCase)) {
                    found = true;
                    break;
                }
            }
            return in.negated() != found;
        };
    }

    /**
     * {@code Name IN ('a', 'b', ...)} on a text field: the folded values in a set, one probe per
     * record scanned (the pipeline's lookups OR such lists with Website searches, so the org scans).
     */
    private Filter textIn(FieldRef field, List<Object> values, boolean negated) {
        Set<String> folded = new HashSet<>();
        values.forEach(v -> folded.add(TextFold.fold((String) v)));
        return r -> {
            Object value = field.value(r, store);
            boolean found = value instanceof String s && !TextFold.hasSurrogate(s) ? folded.contains(TextFold.fold(s))
                    : value != null && values.stream().anyMatch(v -> Values.equal(value, v, true));
            return negated != found;
        };
    }

    private Filter compare(Ast.Compare compare) {
        FieldRef field = resolver.field(object, compare.field());
        String op = compare.op();
        if (op.equals("LIKE")) {
            return like(field, compare);
        }
        Object literal = resolver.value(field, compare.value(), false);
        boolean ignoreCase = field.type().isText();
        if (literal == null) {
            if (!op.equals("=") && !op.equals("!=")) {
                throw faults.malformed(compare.opToken(), "invalid operator '" + op + "' for a null value");
            }
            return op.equals("=") ? r -> field.value(r, store) == null : r -> field.value(r, store) != null;
        }
        if (literal instanceof Range range) {
            return r -> inRange(field.value(r, store), range, op);
        }
        return r -> {
            Object value = field.value(r, store);
            if (op.equals("=")) {
                return Values.equal(value, literal, ignoreCase);
            }
            if (op.equals("!=")) {
                return !Values.equal(value, literal, ignoreCase);
            }
            if (value == null) {
                return false;
            }
            int c = Values.compare(value, literal, ignoreCase);
            return switch (op) {
                case "<" -> c < 0;
                case "<=" -> c <= 0;
                case ">" -> c > 0;
                default -> c >= 0;
            };
        };
    }

    private static boolean inRange(Object value, Range range, String op) {
        if (value == null) {
            return op.equals("!=");
        }
        boolean afterStart = Values.compare(value, range.from(), false) >= 0;
        boolean beforeEnd = Values.compare(value, range.to(), false) < 0;
        return switch (op) {
            case "=" -> afterStart && beforeEnd;
            case "!=" -> !(afterStart && beforeEnd);
            case "<" -> !afterStart;
            case "<=" -> beforeEnd;
            case ">" -> !beforeEnd;
            default -> afterStart;
        };
    }

    private Filter like(FieldRef field, Ast.Compare compare) {
        if (!field.type().isText()) {
            throw faults.invalidField(compare.opToken(), "invalid operator on " + (field.type().isId() ? "id" : field.type().apiName()) + " field");
        }
        Object pattern = resolver.value(field, compare.value(), true);
        if (pattern == null) {
            return r -> false;
        }
        Predicate<String> matcher = LikeMatcher.of((String) pattern);
        return r -> {
            Object value = field.value(r, store);
            return value != null && matcher.test((String) value);
        };
    }
}
