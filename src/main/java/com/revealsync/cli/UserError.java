package com.revealsync.cli;

/**
 * A mistake of the user's (bad path, bad file, bad configuration): printed as one clear message,
 * never as a stack trace, and the command exits 2.
 */
public class UserError extends RuntimeException {
    public UserError(String message) {
        super(message);
    }

    public UserError(String message, Throwable cause) {
        super(message, cause);
    }
}
