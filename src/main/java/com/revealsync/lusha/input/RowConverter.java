package com.revealsync.lusha.input;

import com.revealsync.lusha.InputRow;
import com.revealsync.lusha.LushaField;
import com.revealsync.lusha.RevealedContact;
import com.revealsync.lusha.RowProblem;
import com.revealsync.lusha.RowRef;
import com.revealsync.lusha.SourceColumns;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns one split CSV record into an {@link InputRow}: a revealed contact or a row problem. */
final class RowConverter {

    private static final int FIELDS = LushaField.values().length;

    private final HeaderLayout header;
    private final SourceColumns.Names names;

    RowConverter(HeaderLayout header) {
        this.header = header;
        this.names = new SourceColumns.Names(header.columns().stream().map(HeaderLayout.Column::name).toList());
    }

    InputRow convert(String file, CsvRecord record) {
        RowRef ref = new RowRef(file, record.line());
        if (record.isBroken()) {
            return new RowProblem(ref, RowProblem.INVALID_ROW, null, record.broken(),
                    Map.of(RowProblem.RAW_LINE, record.rawLine()));
        }
        List<String> cells = record.cells();
        Map<String, String> source = sourceColumns(cells);
        if (cells.size() != header.size()) {
            return new RowProblem(ref, RowProblem.INVALID_ROW, null, "the row has " + cells.size()
                    + " values where the header has " + header.size() + " columns", source);
        }
        Map<LushaField, String> values = new EnumMap<>(LushaField.class);
        int[] cellOf = new int[FIELDS];
        Arrays.fill(cellOf, -1);
        List<Issue> invalid = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            LushaField field = header.columns().get(i).field();
            String value = cells.get(i).strip();
            if (field == null || value.isEmpty()) {
                continue;
            }
            ValueCheck.Result checked = ValueCheck.check(field, value);
            if (checked.ok()) {
                values.put(field, checked.value());
                if (checked.value().equals(value)) {
                    cellOf[field.ordinal()] = i;
                }
            } else {
                invalid.add(new Issue(RowProblem.INVALID_VALUE, field, checked.problem()));
            }
        }
        List<Issue> issues = new ArrayList<>();
        for (LushaField field : LushaField.values()) {
            if (field.required() && !values.containsKey(field) && invalid.stream().noneMatch(p -> p.field() == field)) {
                issues.add(new Issue(RowProblem.REQUIRED_VALUE_MISSING, field,
                        "the required value " + field.key() + " is empty"));
            }
        }
        issues.addAll(invalid);
        if (issues.isEmpty()) {
            return new RevealedContact(ref, source instanceof SourceColumns row ? row.fieldValues(values, cellOf) : values,
                    source);
        }
        Issue first = issues.get(0);
        String message = String.join("; ", issues.stream().map(Issue::message).toList());
        return new RowProblem(ref, first.code(), first.field().key(), message, source);
    }

    private record Issue(String code, LushaField field, String message) {
    }

    /** Header name to cell, in column order; cells beyond the header are kept as {@code (column N)}. */
    private Map<String, String> sourceColumns(List<String> cells) {
        if (cells.size() == header.size()) {
            return names.row(cells);
        }
        Map<String, String> source = new LinkedHashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            String name = i < header.size() ? header.columns().get(i).name() : "(column " + (i + 1) + ")";
            source.put(name, cells.get(i));
        }
        return source;
    }
}
