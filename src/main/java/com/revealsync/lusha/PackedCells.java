package com.revealsync.lusha;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Strings kept as one: their UTF-8 bytes, one after the other, and where each ends. A row held by
 * a Bulk chunk keeps ~35 short strings (its cells); as separate {@code String} objects that is ~3 KB
 * a row, packed under 1 KB. UTF-8, not one {@code String}: a Java string holding one character beyond
 * Latin-1 (a Polish or Japanese name) keeps all of its text in two bytes a character, and a third of
 * the generated rows have one. Each {@link #get} decodes a new string of its cell.
 */
final class PackedCells {

    private final byte[] text;
    private final int[] ends;

    private PackedCells(byte[] text, int[] ends) {
        this.text = text;
        this.ends = ends;
    }

    static PackedCells of(List<String> cells) {
        int[] ends = new int[cells.size()];
        byte[] text = new byte[64 * ends.length];
        int length = 0;
        for (int i = 0; i < ends.length; i++) {
            byte[] cell = cells.get(i).getBytes(StandardCharsets.UTF_8);
            if (length + cell.length > text.length) {
                text = Arrays.copyOf(text, Math.max(2 * text.length, length + cell.length));
            }
            System.arraycopy(cell, 0, text, length, cell.length);
            length += cell.length;
            ends[i] = length;
        }
        return new PackedCells(length == text.length ? text : Arrays.copyOf(text, length), ends);
    }

    int size() {
        return ends.length;
    }

    /** Hands cell {@code at}'s UTF-8 bytes to {@code sink}, without making its string. */
    void bytes(int at, SourceColumns.ByteSink sink) {
        int start = at == 0 ? 0 : ends[at - 1];
        sink.write(text, start, ends[at] - start);
    }

    String get(int at) {
        int start = at == 0 ? 0 : ends[at - 1];
        return new String(text, start, ends[at] - start, StandardCharsets.UTF_8);
    }
}
