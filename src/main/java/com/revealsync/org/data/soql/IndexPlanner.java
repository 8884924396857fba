package com.revealsync.org.data.soql;

import com.revealsync.org.data.schema.ObjectMeta;
import com.revealsync.org.data.store.ObjectTable;
import com.revealsync.org.data.store.OrgStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Finds, for a WHERE clause, the ids an index can give, so {@code Email IN (...)},
 * {@code Lusha_Id__c = 'x'} or {@code Website LIKE '%acme.com%'} need not scan the object: an
 * equality or IN on Id or an indexed field, a LIKE with a literal piece of three characters or more
 * on a text field (its n-gram index), alone or as one part of an AND, or an OR of such parts. The
 * full filter still runs on the candidates.
 */
final class IndexPlanner {

    private final ObjectMeta object;
    private final Resolver resolver;
    private final OrgStore store;

    IndexPlanner(ObjectMeta object, Resolver resolver, OrgStore store) {
        this.object = object;
        this.resolver = resolver;
        this.store = store;
    }

    /** Candidate ids in id order, or empty when no index applies. Called under the read lock. */
    Optional<List<String>> candidates(Ast.Condition condition) {
        return ids(condition).map(ids -> List.copyOf(new TreeSet<>(ids)));
    }

    private Optional<List<String>> ids(Ast.Condition condition) {
        if (condition instanceof Ast.And and) {
            for (Ast.Condition part : and.parts()) {
                Optional<List<String>> ids = ids(part);
                if (ids.isPresent()) {
                    return ids;
                }
            }
            return Optional.empty();
        }
        if (condition instanceof Ast.Or or) {
            List<String> all = new ArrayList<>();
            for (Ast.Condition part : or.parts()) {
                Optional<List<String>> ids = ids(part);
                if (ids.isEmpty()) {
                    return Optional.empty();
                }
                all.addAll(ids.get());
            }
            return Optional.of(all);
        }
        if (condition instanceof Ast.Compare compare && compare.op().equals("=")) {
            return lookup(compare.field(), List.of(compare.value()));
        }
        if (condition instanceof Ast.In in && !in.negated()) {
            return lookup(in.field(), in.values());
        }
        if (condition instanceof Ast.Compare compare && compare.op().equals("LIKE")) {
            return like(compare);
        }
        return Optional.empty();
    }

    /**
     * A LIKE on a direct text field whose pattern (no {@code _}) has a literal piece of at least
     * three characters: the records the field's n-gram index gives for its longest piece.
     */
    private Optional<List<String>> like(Ast.Compare compare) {
        FieldRef field = resolver.field(object, compare.field());
        if (!field.direct() || !field.type().isText()) {
            return Optional.empty();
        }
        Object pattern = resolver.value(field, compare.value(), true);
        LikeMatcher.Folded folded = pattern instanceof String text ? LikeMatcher.folded(text) : null;
        if (folded == null) {
            return Optional.empty();
        }
        String longest = "";
        for (String part : folded.parts()) {
            longest = part.length() > longest.length() ? part : longest;
        }
        if (longest.length() < ObjectTable.LIKE_PIECE_MIN) {
            return Optional.empty();
        }
        return Optional.of(store.table(object).likeCandidates(field.position(), longest));
    }

    private Optional<List<String>> lookup(Ast.Path path, List<Ast.Literal> literals) {
        FieldRef field = resolver.field(object, path);
        boolean isId = field.direct() && field.type() == com.revealsync.org.data.schema.FieldType.ID;
        ObjectTable table = store.table(object);
        if (!field.direct() || !(isId || table.isIndexed(field.position()))) {
            return Optional.empty();
        }
        List<String> ids = new ArrayList<>();
        for (Ast.Literal literal : literals) {
            Object value = resolver.value(field, literal, false);
            if (value == null || value instanceof Resolver.Range) {
                return Optional.empty();
            }
            if (isId) {
                table.get((String) value).ifPresent(r -> ids.add(r.id()));
            } else {
                ids.addAll(table.lookup(field.position(), value));
            }
        }
        return Optional.of(ids);
    }
}
