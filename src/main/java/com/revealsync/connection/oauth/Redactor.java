package com.revealsync.connection.oauth;

import java.util.List;
import java.util.Objects;

/**
 * Masks known secrets out of text that came from elsewhere (a server's error description) before
 * it reaches an exception message or a log line: defence in depth, in case a server echoes back
 * what it was sent.
 */
final class Redactor {

    private final List<String> secrets;

    Redactor(String... secrets) {
        this.secrets = java.util.Arrays.stream(secrets).filter(Objects::nonNull).filter(s -> s.length() >= 4).toList();
    }

    String clean(String text) {
        if (text == null) {
            return null;
        }
        String out = text;
        for (String secret : secrets) {
            out = out.replace(secret, "****");
        }
        return out.length() > 300 ? out.substring(0, 297) + "..." : out;
    }
}
