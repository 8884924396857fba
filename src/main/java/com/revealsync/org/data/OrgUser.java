package com.revealsync.org.data;

/** A user of the embedded org. The password is only ever compared, never logged or returned. */
public record OrgUser(String id, String username, String email, String fullName, String profileId,
                      String timeZone, String locale, String language, char[] password) {
    @Override
    public String toString() {
        return "OrgUser[" + id + ", " + username + "]";
    }
}
