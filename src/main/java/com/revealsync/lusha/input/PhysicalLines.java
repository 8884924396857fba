package com.revealsync.lusha.input;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Splits a byte stream into physical lines and decodes each one as strict UTF-8.
 *
 * <p>Lines are split on bytes ({@code \n}, with an optional {@code \r} before it), which is safe in
 * UTF-8 since a line-feed byte never occurs inside a multi-byte sequence. Decoding line by line is
 * what lets a bad byte be reported with its line, and the byte offsets let a restarted reader seek
 * straight to where it stopped. Memory stays constant: one buffer, one line at a time.
 */
final class PhysicalLines implements Closeable {

    /** A longer line is taken as a sign that the file is not a CSV batch at all. */
    static final int MAX_LINE_BYTES = 1 << 20;
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final String file;
    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final byte[] chunk = new byte[64 * 1024];
    private int chunkPos;
    private int chunkLen;
    private byte[] line = new byte[1024];
    private CharBuffer chars = CharBuffer.allocate(1024);
    private long offset;
    private long nextNumber;

    /**
     * @param file        the file's name for error messages
     * @param in          the bytes, positioned at {@code startOffset}; closed by {@link #close()}
     * @param startOffset the byte offset of the first line to read (0: the start of the file)
     * @param startNumber the line number of that line
     */
    PhysicalLines(String file, InputStream in, long startOffset, long startNumber) {
        this.file = file;
        this.in = in;
        this.offset = startOffset;
        this.nextNumber = startNumber;
    }

    /** The next line, or null at the end of the file. */
    PhysicalLine next() throws IOException {
        long start = offset;
        int length = readLine(null);
        if (length < 0) {
            return null;
        }
        long number = nextNumber++;
        decode(number, start, length);
        return new PhysicalLine(number, chars.toString(), offset);
    }

    /**
     * Reads the next line only to check it, without keeping its text: the same checks as
     * {@link #next()} (no NUL byte, not too long, strict UTF-8, the same problem for the same line),
     * done on the bytes as they are read, without copying or decoding them: a scan of a whole file
     * (the pre-flight check) costs little more than reading it.
     *
     * @return whether a line was read
     */
    boolean skip() throws IOException {
        Utf8Check utf8 = new Utf8Check();
        if (readLine(utf8) < 0) {
            return false;
        }
        long number = nextNumber++;
        int bad = utf8.firstBad();
        if (bad >= 0) {
            throw notUtf8(number, bad);
        }
        return true;
    }

    /**
     * Reads the next line's bytes, without its line break: into {@link #line}, or, given a
     * {@code check}, only through it; -1 at the end.
     */
    private int readLine(Utf8Check check) throws IOException {
        int length = 0;
        boolean any = false;
        while (true) {
            if (chunkPos == chunkLen && !fill()) {
                break;
            }
            any = true;
            byte b = chunk[chunkPos++];
            offset++;
            if (b == '\n') {
                break;
            }
            if (b == 0) {
                throw problem(nextNumber, "contains binary data (a NUL byte): it is not a CSV text file");
            }
            if (length == MAX_LINE_BYTES) {
                throw problem(nextNumber, "has a line longer than " + MAX_LINE_BYTES / 1024
                        + " KB: it is not a CSV batch of revealed contacts");
            }
            if (check != null) {
                check.accept(b, length++);
                continue;
            }
            if (length == line.length) {
                line = Arrays.copyOf(line, Math.min(MAX_LINE_BYTES, length * 2));
            }
            line[length++] = b;
        }
        if (!any) {
            return -1;
        }
        if (check != null) {
            return length; // its \r, if any, was checked as the decoder sees it: the end of the line
        }
        return length > 0 && line[length - 1] == '\r' ? length - 1 : length;
    }

    private boolean fill() throws IOException {
        int n = in.read(chunk);
        if (n <= 0) {
            return false;
        }
        chunkPos = 0;
        chunkLen = n;
        return true;
    }

    private boolean startsWithBom(int length) {
        return length >= BOM.length && line[0] == BOM[0] && line[1] == BOM[1] && line[2] == BOM[2];
    }

    /** Decodes the line's bytes, a leading BOM left out, into {@link #chars}, ready to read. */
    private void decode(long number, long start, int length) {
        int from = start == 0 && startsWithBom(length) ? BOM.length : 0;
        if (chars.capacity() < length - from) {
            chars = CharBuffer.allocate(Math.max(length - from, chars.capacity() * 2));
        }
        ByteBuffer bytes = ByteBuffer.wrap(line, from, length - from);
        chars.clear();
        decoder.reset();
        CoderResult result = decoder.decode(bytes, chars, true);
        if (result.isError()) {
            throw notUtf8(number, bytes.position());
        }
        decoder.flush(chars);
        chars.flip();
    }

    /** A line that is not UTF-8; {@code bad}: the index of the first byte of its first bad sequence. */
    private InputFileError notUtf8(long number, int bad) {
        return problem(number, "is not valid UTF-8 text (first bad byte: byte " + (bad + 1)
                + " of the line); save it as \"CSV UTF-8\"");
    }

    private InputFileError problem(long number, String message) {
        return new InputFileError(new FileProblem(file, number, message));
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
