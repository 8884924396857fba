package com.revealsync.testmapping;

import com.revealsync.lusha.LushaField;
import com.revealsync.mapping.convert.MappedConverters;
import com.revealsync.mapping.convert.ValueConverter;
import com.revealsync.salesforce.metadata.FieldDescribe;
import com.revealsync.salesforce.metadata.SalesforceFieldType;
import java.util.ArrayList;
import java.util.List;

/**
 * Values for a dummy revealed contact: for each Lusha field, a value of its kind, clearly marked as
 * reveal-sync's, that passes the type checks of every Salesforce field it is mapped to (the mapping's
 * own converters decide). Text cut to the shortest field's length; a picklist's own first value.
 */
final class DummyValues {

    /** What every dummy record says it is. */
    static final String MARK = "reveal-sync test mapping";
    static final String EMAIL = "test-mapping@reveal-sync.example";

    private DummyValues() {
    }

    /**
     * A value for {@code lusha} that every one of {@code targets} accepts, or null when no candidate
     * does (the processor then leaves the field out with a warning, which the test shows).
     */
    static String valueFor(LushaField lusha, List<FieldDescribe> targets) {
        for (String candidate : candidates(lusha, targets)) {
            if (targets.stream().allMatch(t -> accepts(lusha, t, candidate))) {
                return candidate;
            }
        }
        return null;
    }

    private static boolean accepts(LushaField lusha, FieldDescribe target, String value) {
        ValueConverter converter = MappedConverters.forMapping(lusha.type(), target.type());
        return converter != null && converter.convert(value, target).isOk();
    }

    private static List<String> candidates(LushaField lusha, List<FieldDescribe> targets) {
        return switch (lusha.type()) {
            case EMAIL -> List.of(EMAIL);
            case PHONE -> List.of("+1 202 555 0100");
            case URL -> List.of("https://www.reveal-sync.example/test-mapping", "reveal-sync.example");
            case NUMBER -> List.of("10", "1", "0");
            case TIMESTAMP -> List.of("2024-01-01T00:00:00Z", "2024-01-01");
            case CHOICE -> lusha.allowedValues();
            case TEXT -> text(targets);
        };
    }

    /** The mark, cut to the shortest target; for picklists their first values too. */
    private static List<String> text(List<FieldDescribe> targets) {
        List<String> out = new ArrayList<>();
        int shortest = Integer.MAX_VALUE;
        for (FieldDescribe t : targets) {
            if (t.length() > 0) {
                shortest = Math.min(shortest, t.length());
            }
            if (isPicklist(t.type()) && !t.picklistValues().isEmpty()) {
                out.add(t.picklistValues().get(0));
            }
        }
        out.add(0, MARK.substring(0, Math.min(MARK.length(), shortest)));
        return out;
    }

    private static boolean isPicklist(SalesforceFieldType type) {
        return type == SalesforceFieldType.PICKLIST || type == SalesforceFieldType.MULTIPICKLIST
                || type == SalesforceFieldType.COMBOBOX;
    }
}
