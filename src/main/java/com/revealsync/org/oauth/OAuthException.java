package com.revealsync.org.oauth;

/**
 * An OAuth error as Salesforce answers it: HTTP status, {@code error} code and
 * {@code error_description}, sent as a JSON body.
 */
public final class OAuthException extends RuntimeException {

    private final int status;
    private final String error;

    public OAuthException(int status, String error, String description) {
        super(description);
        this.status = status;
        this.error = error;
    }

    public static OAuthException invalidGrant(String description) {
        return new OAuthException(400, "invalid_grant", description);
    }

    public static OAuthException expiredRefreshToken() {
        return invalidGrant("expired access/refresh token");
    }

    public static OAuthException invalidClient() {
        return new OAuthException(400, "invalid_client", "invalid client credentials");
    }

    public static OAuthException invalidClientId() {
        return new OAuthException(400, "invalid_client_id", "client identifier invalid");
    }

    public static OAuthException invalidRequest(String description) {
        return new OAuthException(400, "invalid_request", description);
    }

    public int status() {
        return status;
    }

    public String error() {
        return error;
    }

    public String description() {
        return getMessage();
    }
}
