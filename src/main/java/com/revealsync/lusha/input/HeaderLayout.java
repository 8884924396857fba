package com.revealsync.lusha.input;

import com.revealsync.lusha.LushaField;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The columns of a batch, from its header row: each header cell matched case-insensitively to a
 * {@link LushaField} by key or display name; cells it does not know are kept as unknown columns.
 */
record HeaderLayout(List<Column> columns) {

    /**
     * One column of the header.
     *
     * @param name  the header cell as written (blank cells are named {@code column_N})
     * @param field the Lusha field it names, or null for a column reveal-sync does not know
     */
    record Column(String name, LushaField field) {
    }

    HeaderLayout {
        columns = List.copyOf(columns);
    }

    int size() {
        return columns.size();
    }

    /**
     * Reads a header row, refusing a header that names no known column, names a column twice or
     * lacks a required one.
     *
     * @throws InputFileError naming the file and the header's line
     */
    static HeaderLayout parse(String file, long line, List<String> cells) {
        List<Column> columns = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        Map<LushaField, String> known = new EnumMap<>(LushaField.class);
        for (int i = 0; i < cells.size(); i++) {
            String name = cells.get(i).strip();
            String shown = name.isEmpty() ? "column_" + (i + 1) : name;
            LushaField field = LushaField.byName(name).orElse(null);
            String identity = field != null ? field.key() : shown.toLowerCase(Locale.ROOT);
            Integer previous = seen.putIfAbsent(identity, i);
            if (previous != null) {
                throw error(file, line, "the header names the same column twice: \"" + columns.get(previous).name()
                        + "\" (column " + (previous + 1) + ") and \"" + shown + "\" (column " + (i + 1) + ")");
            }
            if (field != null) {
                known.put(field, shown);
            }
            columns.add(new Column(shown, field));
        }
        if (known.isEmpty()) {
            throw error(file, line, "the header names none of the revealed-contact columns (lusha_id, revealed_by, "
                    + "email_1, ...): this is not a Lusha revealed-contact CSV" + separatorHint(cells));
        }
        List<LushaField> missing = Stream.of(LushaField.values())
                .filter(f -> f.required() && !known.containsKey(f)).toList();
        if (!missing.isEmpty()) {
            throw error(file, line, "the header lacks the required column" + (missing.size() > 1 ? "s " : " ")
                    + missing.stream().map(f -> f.key() + " (\"" + f.displayName() + "\")")
                            .collect(Collectors.joining(", ")));
        }
        return new HeaderLayout(columns);
    }

    private static String separatorHint(List<String> cells) {
        if (cells.size() == 1 && (cells.get(0).contains(";") || cells.get(0).contains("\t"))) {
            return "; its header looks separated by " + (cells.get(0).contains(";") ? "semicolons" : "tabs")
                    + ": save it as comma-separated CSV";
        }
        return "";
    }

    private static InputFileError error(String file, long line, String message) {
        return new InputFileError(new FileProblem(file, line, message));
    }
}
