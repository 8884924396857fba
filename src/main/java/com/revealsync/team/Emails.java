package com.revealsync.team;

import com.revealsync.cli.UserError;
import java.util.Locale;
import java.util.regex.Pattern;

/** Lusha users are keyed by their email, compared case-insensitively (stored lower case). */
public final class Emails {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private Emails() {
    }

    /** The canonical (lower-case) form. @throws UserError when it is not an email address */
    public static String canonical(String email, String option) {
        String value = email == null ? "" : email.strip();
        if (!EMAIL.matcher(value).matches() || value.length() > 320) {
            throw new UserError(option + " '" + value + "' is not an email address");
        }
        return value.toLowerCase(Locale.ROOT);
    }
}
