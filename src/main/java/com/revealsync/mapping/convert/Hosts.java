package com.revealsync.mapping.convert;

/** Host names in emails and URLs: labels of letters, digits and hyphens, a top-level domain of 2+ letters. */
final class Hosts {

    private Hosts() {
    }

    /** Whether {@code s[from, to)} is a host name with at least one dot. */
    static boolean isValid(String s, int from, int to) {
        if (to - from < 4 || to - from > 253) {
            return false;
        }
        int labelStart = from;
        int dots = 0;
        for (int i = from; i <= to; i++) {
            char c = i == to ? '.' : s.charAt(i);
            if (c == '.') {
                if (i == labelStart || s.charAt(labelStart) == '-' || s.charAt(i - 1) == '-' || i - labelStart > 63) {
                    return false;
                }
                if (i < to) {
                    dots++;
                }
                labelStart = i + 1;
            } else if (!(Character.isLetterOrDigit(c) || c == '-')) {
                return false;
            }
        }
        return dots > 0 && topLevelDomainOk(s, s.lastIndexOf('.', to - 1) + 1, to);
    }

    private static boolean topLevelDomainOk(String s, int from, int to) {
        if (to - from < 2) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!Character.isLetter(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
