package com.revealsync.lusha.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link PhysicalLines#skip()} checks bytes without decoding them; {@link PhysicalLines#next()}
 * decodes with Java's strict UTF-8 decoder. Over many lines of random and tricky bytes, both must
 * judge every line alike: valid, or bad at the same byte, or too long, or binary.
 */
class PhysicalLinesSkipTest {

    /** Byte sequences at the edges of UTF-8: overlongs, surrogates, the last code points, cut-short forms. */
    private static final int[][] EDGES = {
        {0xC0, 0x80}, {0xC1, 0xBF}, {0xC2, 0x80}, {0xDF, 0xBF}, {0xE0, 0x80, 0x80}, {0xE0, 0x9F, 0xBF},
        {0xE0, 0xA0, 0x80}, {0xED, 0x9F, 0xBF}, {0xED, 0xA0, 0x80}, {0xED, 0xBF, 0xBF}, {0xEE, 0x80, 0x80},
        {0xEF, 0xBF, 0xBF}, {0xF0, 0x8F, 0xBF, 0xBF}, {0xF0, 0x90, 0x80, 0x80}, {0xF4, 0x8F, 0xBF, 0xBF},
        {0xF4, 0x90, 0x80, 0x80}, {0xF5, 0x80, 0x80, 0x80}, {0xFF}, {0x80}, {0xBF}, {0xE2, 0x82}, {0xF0, 0x9F, 0x98},
        {0xE2, 0x82, 0xAC}, {0xC3, 0xA9}, {0xEF, 0xBB, 0xBF}, {0x0D}, {0xE2, 0x0D},
    };

    @Test
    void judgesEveryLineAsDecodingItDoes() throws IOException {
        Random random = new Random(20261130);
        for (int round = 0; round < 300; round++) {
            List<byte[]> lines = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                lines.add(line(random));
            }
            for (int from = 0; from < lines.size(); from++) {
                byte[] file = file(lines.subList(from, lines.size()), random.nextBoolean());
                assertThat(verdict(file, true)).as("round %d, from line %d", round, from).isEqualTo(verdict(file, false));
            }
        }
    }

    @Test
    void readsTheSameLinesAndOffsets() throws IOException {
        byte[] file = "h1,h2\r\na,b\n\"x\ny\",z\r\n\nlast".getBytes(StandardCharsets.UTF_8);
        assertThat(verdict(file, true)).isEqualTo(verdict(file, false)).isEqualTo("6 lines, offset 25");
    }

    @Test
    void judgesLongLinesAlike() throws IOException {
        // lines longer than the reader's first line buffer, valid and not, ending in \r\n or \n
        String longValid = "x".repeat(5000) + "\u00e9".repeat(3000);
        byte[] longBad = (longValid + "\u00e9").getBytes(StandardCharsets.ISO_8859_1);
        for (String end : new String[] {"\r\n", "\n"}) {
            byte[] good = ("h\n" + longValid + end + longValid + end).getBytes(StandardCharsets.UTF_8);
            assertThat(verdict(good, true)).isEqualTo(verdict(good, false)).isEqualTo("3 lines, offset " + good.length);
            byte[] bad = java.util.Arrays.copyOf(good, good.length + longBad.length + end.length());
            System.arraycopy(longBad, 0, bad, good.length, longBad.length);
            System.arraycopy(end.getBytes(StandardCharsets.US_ASCII), 0, bad, good.length + longBad.length, end.length());
            assertThat(verdict(bad, true)).isEqualTo(verdict(bad, false)).contains("f.csv:4: is not valid UTF-8");
        }
    }

    @Test
    void reportsTheFirstBadByteOfItsLine() {
        byte[] file = "ok\nRen\u00e9e \u20ac\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(verdict(file, true)).contains("f.csv:2: is not valid UTF-8 text (first bad byte: byte 4 of the line)");
    }

    @Test
    void stopsAtBinaryDataAndOverlongLines() {
        assertThat(verdict(new byte[] {'a', '\n', 'b', 0, '\n'}, true)).contains("f.csv:2: contains binary data");
        byte[] big = new byte[PhysicalLines.MAX_LINE_BYTES + 1];
        java.util.Arrays.fill(big, (byte) 'x');
        assertThat(verdict(big, true)).contains("f.csv:1: has a line longer than 1024 KB");
    }

    /** Every line read or skipped, then the end: how many lines and the offset, or the problem. */
    private static String verdict(byte[] file, boolean skip) {
        try (PhysicalLines lines = new PhysicalLines("f.csv", new ByteArrayInputStream(file), 0, 1)) {
            int n = 0;
            while (skip ? lines.skip() : lines.next() != null) {
                n++;
            }
            return n + " lines, offset " + file.length;
        } catch (InputFileError e) {
            return e.getMessage();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] file(List<byte[]> lines, boolean crlf) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] line : lines) {
            out.write(line);
            out.write(crlf ? new byte[] {'\r', '\n'} : new byte[] {'\n'});
        }
        return out.toByteArray();
    }

    private static byte[] line(Random random) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int parts = random.nextInt(6);
        for (int p = 0; p < parts; p++) {
            switch (random.nextInt(4)) {
                case 0 -> out.writeBytes("Ren\u00e9e,M\u00fcller,\u6771\u4eac,\ud83d\ude00".getBytes(StandardCharsets.UTF_8));
                case 1 -> {
                    for (int b : EDGES[random.nextInt(EDGES.length)]) {
                        out.write(b);
                    }
                }
                case 2 -> out.write(1 + random.nextInt(255)); // any byte but NUL and, mostly, not a line feed
                default -> out.writeBytes("plain,ascii".getBytes(StandardCharsets.US_ASCII));
            }
        }
        byte[] bytes = out.toByteArray();
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                bytes[i] = 'n';
            }
        }
        return bytes;
    }
}
