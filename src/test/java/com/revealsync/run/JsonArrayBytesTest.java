package com.revealsync.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.revealsync.lusha.SourceColumns;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** A row's cells written from their bytes make the text Jackson makes of their strings, whatever they hold. */
class JsonArrayBytesTest {

    private static final String ALPHABET = "aZ09 ,;\"\\/'\u007f\u00e9\u00fc\u6771\u4eac\u2028\ud83d\ude00\t\n\r\b\f\u0000\u0001\u001f";

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void writesWhatJacksonWrites() {
        Random random = new Random(30);
        JsonArrayBytes array = new JsonArrayBytes();
        for (int round = 0; round < 2000; round++) {
            List<String> cells = new ArrayList<>();
            int n = random.nextInt(40);
            for (int i = 0; i < n; i++) {
                cells.add(text(random, random.nextInt(round % 50 == 0 ? 3000 : 30)));
            }
            SourceColumns row = new SourceColumns.Names(names(n)).row(cells);
            List<String> expected = new ArrayList<>(cells);
            expected.add(0, "0123456789abcdef0123456789abcdef");

            array.start().add(expected.get(0));
            for (int i = 0; i < n; i++) {
                row.cellBytes(i, array);
            }

            assertThat(array.end()).as("round %d", round).isEqualTo(json.writeValueAsString(expected));
        }
    }

    @Test
    void escapesNearTheEndOfItsBufferStillFit() {
        // three control characters (six bytes each once escaped) before a cell's long plain rest
        for (int rest = 2000; rest < 2100; rest++) {
            String cell = "\u0001\u0002\u0003" + "a".repeat(rest);
            SourceColumns row = new SourceColumns.Names(List.of("c")).row(List.of(cell));
            JsonArrayBytes array = new JsonArrayBytes().start();
            row.cellBytes(0, array);
            assertThat(array.end()).isEqualTo(json.writeValueAsString(List.of(cell)));
        }
    }

    @Test
    void anEmptyArray() {
        assertThat(new JsonArrayBytes().start().end()).isEqualTo("[]");
    }

    private static List<String> names(int n) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            names.add("c" + i);
        }
        return names;
    }

    private static String text(Random random, int length) {
        StringBuilder s = new StringBuilder();
        while (s.length() < length) {
            int at = random.nextInt(ALPHABET.length());
            char c = ALPHABET.charAt(at);
            s.append(Character.isHighSurrogate(c) ? ALPHABET.substring(at, at + 2) : Character.isLowSurrogate(c) ? "x" : String.valueOf(c));
        }
        return s.toString();
    }
}
