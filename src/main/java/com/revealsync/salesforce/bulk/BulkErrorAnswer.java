package com.revealsync.salesforce.bulk;

import com.sforce.async.AsyncApiException;
import com.sforce.async.AsyncExceptionCode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Bulk API v1 error answer ({@code <error><exceptionCode>..</exceptionCode><exceptionMessage>..}),
 * read as WSC reads it: the {@link AsyncApiException} its calls throw. An answer that is not such a
 * document (a proxy's page, an HTTP 503) is an {@link IOException} naming the status, retried as a
 * transport fault.
 */
final class BulkErrorAnswer {

    /** Enough of an error document; the rest is not read. */
    private static final int LIMIT = 16 * 1024;
    private static final Pattern CODE = Pattern.compile("<exceptionCode>\\s*([A-Za-z]+)\\s*</exceptionCode>");
    private static final Pattern MESSAGE = Pattern.compile("<exceptionMessage>(.*?)</exceptionMessage>", Pattern.DOTALL);

    private BulkErrorAnswer() {
    }

    static AsyncApiException read(int status, InputStream body) throws IOException {
        String text = new String(body.readNBytes(LIMIT), StandardCharsets.UTF_8);
        Matcher code = CODE.matcher(text);
        if (!code.find()) {
            throw new IOException("HTTP " + status + " without a Bulk API error document");
        }
        Matcher message = MESSAGE.matcher(text);
        AsyncExceptionCode known = Arrays.stream(AsyncExceptionCode.values())
                .filter(c -> c.name().equals(code.group(1))).findFirst().orElse(AsyncExceptionCode.Unknown);
        return new AsyncApiException(message.find() ? unescape(message.group(1).strip()) : code.group(1), known);
    }

    private static String unescape(String xml) {
        return xml.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&amp;", "&");
    }
}
