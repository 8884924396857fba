package com.revealsync.mapping.convert;

/**
 * Phone numbers: digits with the usual separators ({@code + - ( ) . /} and blanks), a leading
 * {@code +} only, 5 to 20 digits, and an optional extension ({@code x 12}, {@code ext. 12},
 * {@code #12}). Runs of blanks are folded into one.
 */
public final class Phones {

    private static final int MIN_DIGITS = 5;
    private static final int MAX_DIGITS = 20;

    private Phones() {
    }

    /** The number with blanks folded, or null when it is not a phone number. */
    public static String normalise(String phone) {
        int ext = extensionStart(phone);
        if (ext == -2) {
            return null;
        }
        int end = ext < 0 ? phone.length() : ext;
        int digits = 0;
        StringBuilder out = new StringBuilder(phone.length());
        for (int i = 0; i < end; i++) {
            char c = phone.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '+') {
                if (out.length() > 0) {
                    return null;
                }
            } else if (Character.isWhitespace(c)) {
                if (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
                    continue;
                }
                c = ' ';
            } else if ("-().".indexOf(c) < 0 && c != '/') {
                return null;
            }
            out.append(c);
        }
        if (digits < MIN_DIGITS || digits > MAX_DIGITS) {
            return null;
        }
        String main = out.toString().strip();
        return ext < 0 ? main : main + " " + extension(phone, ext);
    }

    /** Index of an extension marker ({@code x}, {@code ext}, {@code #}); -1 without; -2 for letters that are not one. */
    private static int extensionStart(String phone) {
        for (int i = 0; i < phone.length(); i++) {
            char c = phone.charAt(i);
            if (c == '#' || Character.isLetter(c)) {
                String rest = phone.substring(i).toLowerCase(java.util.Locale.ROOT);
                String marker = rest.startsWith("ext") ? "ext" : rest.startsWith("x") || c == '#' ? rest.substring(0, 1) : null;
                if (marker == null) {
                    return -2;
                }
                int j = marker.length();
                if (j < rest.length() && rest.charAt(j) == '.') {
                    j++;
                }
                while (j < rest.length() && Character.isWhitespace(rest.charAt(j))) {
                    j++;
                }
                return j < rest.length() && allDigits(rest, j) ? i : -2;
            }
        }
        return -1;
    }

    private static boolean allDigits(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static String extension(String phone, int at) {
        StringBuilder digits = new StringBuilder();
        for (int i = at; i < phone.length(); i++) {
            if (Character.isDigit(phone.charAt(i))) {
                digits.append(phone.charAt(i));
            }
        }
        return "x" + digits;
    }
}
