package com.revealsync.org.bulk;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The text of a batch upload: the body itself, or for a zipped batch the {@code request.txt} entry of
 * the zip file. Batches are UTF-8.
 */
public final class BatchContent {

    /** Salesforce's limit on the characters of one batch. */
    public static final int MAX_CHARACTERS = 10_000_000;

    private BatchContent() {
    }

    /** @throws BulkApiException InvalidBatch when the zip or the text cannot be read */
    public static String text(BatchContentType type, byte[] body) {
        byte[] request = type.zipped() ? requestEntry(body) : body;
        String text = utf8(request);
        if (text.length() > MAX_CHARACTERS) {
            throw BulkApiException.invalidBatch("Exceeded max characters limit of " + MAX_CHARACTERS
                    + ": the batch holds " + text.length() + " characters");
        }
        return text;
    }

    private static byte[] requestEntry(byte[] zip) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            boolean anyEntry = false;
            while ((entry = in.getNextEntry()) != null) {
                anyEntry = true;
                if (entry.getName().equals("request.txt")) {
                    return readLimited(in);
                }
            }
            throw BulkApiException.invalidBatch(anyEntry
                    ? "The request.txt file can't be found in the zip file"
                    : "The zip content is malformed: no entries could be read");
        } catch (IOException e) {
            throw BulkApiException.invalidBatch("The zip content is malformed: " + e.getMessage());
        }
    }

    private static byte[] readLimited(InputStream in) throws IOException {
        // UTF-8 takes at most 4 bytes a character: anything longer breaks the character limit anyway
        byte[] bytes = in.readNBytes(4 * MAX_CHARACTERS + 1);
        if (bytes.length > 4 * MAX_CHARACTERS) {
            throw BulkApiException.invalidBatch("Exceeded max characters limit of " + MAX_CHARACTERS
                    + " in request.txt");
        }
        return bytes;
    }

    /** @throws BulkApiException InvalidBatch when the bytes are not UTF-8 */
    public static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw BulkApiException.invalidBatch("The batch is not valid UTF-8 text");
        }
    }
}
