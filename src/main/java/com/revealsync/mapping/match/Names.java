package com.revealsync.mapping.match;


/** Company names compared the way an admin would: ignoring case and runs of blanks. */
public final class Names {

    private Names() {
    }

    /** {@code "  ACME   Corp "} gives {@code "acme corp"}; null for null or blank. */
    public static String normalise(String name) {
        if (name == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder(name.length());
        boolean blank = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isWhitespace(c)) {
                blank = sb.length() > 0;
            } else {
                if (blank) {
                    sb.append(' ');
                    blank = false;
                }
                sb.append(Character.toLowerCase(c));
            }
        }
        return sb.length() == 0 ? null : sb.toString();
    }
}
