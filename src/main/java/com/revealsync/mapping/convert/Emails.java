package com.revealsync.mapping.convert;

/**
 * Email syntax as Salesforce's email fields accept it, checked by hand (no regex per value):
 * one {@code @}, a local part of printable characters without blanks, and a domain of dot-separated
 * labels of letters, digits and hyphens ending in a top-level domain of two letters or more.
 */
public final class Emails {

    private static final String LOCAL_SPECIALS = ".!#$%&'*+/=?^_`{|}~-";

    private Emails() {
    }

    public static boolean isValid(String email) {
        int at = email.indexOf('@');
        if (at <= 0 || at != email.lastIndexOf('@') || at > 64 || email.length() > 254) {
            return false;
        }
        return validLocal(email, at) && Hosts.isValid(email, at + 1, email.length());
    }

    private static boolean validLocal(String s, int end) {
        if (s.charAt(0) == '.' || s.charAt(end - 1) == '.') {
            return false;
        }
        for (int i = 0; i < end; i++) {
            char c = s.charAt(i);
            boolean ok = c < 128 ? Character.isLetterOrDigit(c) || LOCAL_SPECIALS.indexOf(c) >= 0 : Character.isLetterOrDigit(c);
            if (!ok || (c == '.' && s.charAt(i + 1) == '.')) {
                return false;
            }
        }
        return true;
    }
}
