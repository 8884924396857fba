package com.revealsync.lusha;

import java.util.List;

/**
 * Strings kept as one: the text of all of them and where each ends. A row held by a Bulk chunk
 * keeps ~35 short strings (its cells and their values); as separate {@code String} objects that
 * is ~3 KB a row, packed it is under 1 KB. Each {@link #get} makes a new string of its cell.
 */
final class PackedCells {

    private final String text;
    private final int[] ends;

    private PackedCells(String text, int[] ends) {
        this.text = text;
        this.ends = ends;
    }

    static PackedCells of(List<String> cells) {
        int[] ends = new int[cells.size()];
        int length = 0;
        for (int i = 0; i < ends.length; i++) {
            length += cells.get(i).length();
            ends[i] = length;
        }
        StringBuilder text = new StringBuilder(length);
        cells.forEach(text::append);
        return new PackedCells(text.toString(), ends);
    }

    int size() {
        return ends.length;
    }

    String get(int at) {
        return text.substring(at == 0 ? 0 : ends[at - 1], ends[at]);
    }
}
