package com.revealsync.org.data.id;

import java.util.Optional;

/**
 * Salesforce record ids: 15 case-sensitive characters (a 3-character key prefix, then base-62),
 * and the 18-character case-safe form, whose 3-character suffix encodes which of the 15 letters
 * are upper case, 5 characters per suffix character.
 */
public final class SalesforceIds {

    private static final String SUFFIX_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345";

    private SalesforceIds() {
    }

    /** The 18-character form of a 15-character id. */
    public static String to18(String id15) {
        if (id15.length() != 15 || !isBase62(id15)) {
            throw new IllegalArgumentException("not a 15-character id: " + id15);
        }
        StringBuilder out = new StringBuilder(18).append(id15);
        for (int chunk = 0; chunk < 3; chunk++) {
            int flags = 0;
            for (int i = 0; i < 5; i++) {
                char c = id15.charAt(chunk * 5 + i);
                if (c >= 'A' && c <= 'Z') {
                    flags |= 1 << i;
                }
            }
            out.append(SUFFIX_ALPHABET.charAt(flags));
        }
        return out.toString();
    }

    /**
     * Normalizes an id as Salesforce accepts it: 15 characters (case-sensitive) or 18 (whose suffix
     * restores the case of the first 15, so the 18-character form is case-insensitive). Returns the
     * 18-character form, or empty when the text is no well-formed id.
     */
    public static Optional<String> normalize(String text) {
        if (text == null) {
            return Optional.empty();
        }
        if (text.length() == 15) {
            return isBase62(text) ? Optional.of(to18(text)) : Optional.empty();
        }
        if (text.length() != 18 || !isBase62(text)) {
            return Optional.empty();
        }
        char[] head = text.substring(0, 15).toCharArray();
        for (int chunk = 0; chunk < 3; chunk++) {
            int flags = SUFFIX_ALPHABET.indexOf(Character.toUpperCase(text.charAt(15 + chunk)));
            if (flags < 0) {
                return Optional.empty();
            }
            for (int i = 0; i < 5; i++) {
                int at = chunk * 5 + i;
                boolean upper = (flags & (1 << i)) != 0;
                if (Character.isLetter(head[at])) {
                    head[at] = upper ? Character.toUpperCase(head[at]) : Character.toLowerCase(head[at]);
                } else if (upper) {
                    return Optional.empty();
                }
            }
        }
        return Optional.of(to18(new String(head)));
    }

    /** The key prefix (first 3 characters) of an id. */
    public static String keyPrefix(String id) {
        return id.substring(0, 3);
    }

    private static boolean isBase62(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
