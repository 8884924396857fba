package com.revealsync.fingerprint;

/**
 * Salesforce ids compared as Salesforce compares them: by their case-sensitive 15-character form
 * (the 18-character form only adds a case-insensitive checksum).
 */
public final class Ids {

    private Ids() {
    }

    public static String short15(String id) {
        return id == null || id.length() <= 15 ? id : id.substring(0, 15);
    }
}
