package com.revealsync.mapping.convert;

import java.util.Locale;

/**
 * Web addresses as revealed contacts carry them: {@code acme.com}, {@code www.acme.com/about},
 * {@code https://www.linkedin.com/in/jane}. Only http and https schemes; no blanks; a real host name.
 */
public final class Urls {

    private Urls() {
    }

    public static boolean isValid(String url) {
        int hostStart = hostStart(url);
        if (hostStart < 0) {
            return false;
        }
        for (int i = 0; i < url.length(); i++) {
            if (Character.isWhitespace(url.charAt(i))) {
                return false;
            }
        }
        return Hosts.isValid(url, hostStart, hostEnd(url, hostStart));
    }

    /**
     * The registrable-looking domain of a web address, lower case, without {@code www.}:
     * {@code https://WWW.Acme.com/about} gives {@code acme.com}. Null for an address without a host.
     */
    public static String domain(String url) {
        if (url == null) {
            return null;
        }
        String s = url.strip();
        int start = hostStart(s);
        if (start < 0) {
            return null;
        }
        String host = s.substring(start, hostEnd(s, start)).toLowerCase(Locale.ROOT);
        if (host.startsWith("www.")) {
            host = host.substring(4);
        }
        return host.isEmpty() || host.indexOf('.') < 0 ? null : host;
    }

    /** Where the host begins: after {@code http://} or {@code https://}; -1 for any other scheme. */
    private static int hostStart(String url) {
        int scheme = url.indexOf("://");
        if (scheme < 0) {
            return url.indexOf(':') >= 0 && !hasPortAfterHost(url) ? -1 : 0;
        }
        String name = url.substring(0, scheme);
        return name.equalsIgnoreCase("http") || name.equalsIgnoreCase("https") ? scheme + 3 : -1;
    }

    /** {@code acme.com:8080/x} has a port, not a scheme; {@code mailto:x} has a scheme. */
    private static boolean hasPortAfterHost(String url) {
        int colon = url.indexOf(':');
        return colon + 1 < url.length() && Character.isDigit(url.charAt(colon + 1));
    }

    private static int hostEnd(String url, int from) {
        for (int i = from; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == '/' || c == '?' || c == '#' || c == ':') {
                return i;
            }
        }
        return url.length();
    }
}
