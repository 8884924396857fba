package com.revealsync.org.data.soql;

import com.revealsync.org.data.OrgFault;
import com.revealsync.org.data.schema.ObjectMeta;
import com.revealsync.org.data.store.OrgStore;
import com.revealsync.org.data.store.StoredRecord;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Parses SOQL text and binds it to the metadata, raising the faults Salesforce raises. */
final class QueryCompiler {

    /** Salesforce's largest OFFSET. */
    static final int MAX_OFFSET = 2000;

    private final OrgStore store;
    private final Clock clock;

    QueryCompiler(OrgStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    CompiledQuery compile(String soql) {
        SoqlFaults faults = new SoqlFaults(soql);
        Ast.Query query = new Parser(new Lexer(soql, faults).tokens(), faults).parse();
        if (query.offset() != null && query.offset() > MAX_OFFSET) {
            throw new OrgFault(OrgFault.Kind.MALFORMED_QUERY, "NUMBER_OUTSIDE_VALID_RANGE",
                    "Maximum SOQL offset allowed is " + MAX_OFFSET, null, null);
        }
        ObjectMeta object = store.schema().find(query.objectName())
                .orElseThrow(() -> faults.unsupportedType(query.objectToken(), query.objectName()));
        Resolver resolver = new Resolver(store.schema(), faults, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
        List<FieldRef> fields = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Ast.Path path : query.fields()) {
            FieldRef field = resolver.field(object, path);
            String key = (field.direct() ? "" : field.relationshipName() + ".") + field.name();
            if (!seen.add(key.toLowerCase(Locale.ROOT))) {
                throw faults.malformed(path.at(), "duplicate field selected: " + path.text());
            }
            fields.add(field);
        }
        Filter filter = query.where() == null ? r -> true
                : new FilterCompiler(object, resolver, faults, store).compile(query.where());
        Optional<List<String>> candidates = query.where() == null ? Optional.empty()
                : new IndexPlanner(object, resolver, store).candidates(query.where());
        Comparator<StoredRecord> order = query.orderBy().isEmpty() ? null : order(object, resolver, query.orderBy());
        return new CompiledQuery(object, query.count(), new Projection(object.name(), fields), filter, candidates,
                order, query.limit(), query.offset());
    }

    private Comparator<StoredRecord> order(ObjectMeta object, Resolver resolver, List<Ast.Order> items) {
        Comparator<StoredRecord> order = null;
        for (Ast.Order item : items) {
            FieldRef field = resolver.field(object, item.field());
            boolean nullsFirst = item.nullsFirst() != null ? item.nullsFirst() : !item.descending();
            boolean ignoreCase = field.type().isText();
            Comparator<Object> values = (a, b) -> Values.compare(a, b, ignoreCase);
            if (item.descending()) {
                values = values.reversed();
            }
            values = nullsFirst ? Comparator.nullsFirst(values) : Comparator.nullsLast(values);
            Comparator<Object> byValue = values;
            Comparator<StoredRecord> next = (a, b) -> byValue.compare(field.value(a, store), field.value(b, store));
            order = order == null ? next : order.thenComparing(next);
        }
        return order;
    }
}
