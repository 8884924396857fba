package com.revealsync.connection;

/**
 * The Lusha user has no Salesforce connection: their records are skipped ({@code NOT_CONNECTED})
 * until they run {@code reveal-sync connect}.
 */
public class NotConnectedException extends RuntimeException {

    private final String user;

    public NotConnectedException(String user) {
        super(user + " has no Salesforce connection: they run `reveal-sync connect --user " + user + "` to make one");
        this.user = user;
    }

    public String user() {
        return user;
    }
}
