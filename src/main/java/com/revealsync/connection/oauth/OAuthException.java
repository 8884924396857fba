package com.revealsync.connection.oauth;

/**
 * The token or revoke endpoint said no, or could not be reached. The message names the endpoint
 * and Salesforce's error and is safe to show: known secrets are masked out of anything the server
 * sent back.
 *
 * @see #error() Salesforce's error code ({@code invalid_grant}, {@code invalid_client}, ...), or
 *      {@code unreachable} when no answer came
 */
public class OAuthException extends RuntimeException {

    public static final String UNREACHABLE = "unreachable";

    private final String error;
    private final int status;

    public OAuthException(String error, int status, String message) {
        super(message);
        this.error = error;
        this.status = status;
    }

    public String error() {
        return error;
    }

    /** The HTTP status, or 0 when no answer came. */
    public int status() {
        return status;
    }

    /** The refresh token (or code) is revoked, expired or unknown: the user must sign in again. */
    public boolean isInvalidGrant() {
        return "invalid_grant".equals(error);
    }

    /** reveal-sync's client id or secret is wrong: a configuration problem for every user. */
    public boolean isInvalidClient() {
        return "invalid_client".equals(error) || "invalid_client_id".equals(error);
    }

    /** No answer, or a server error: worth trying again later, and no verdict on the token. */
    public boolean isTransient() {
        return status == 0 || status >= 500;
    }
}
