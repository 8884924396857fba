package com.revealsync.connection.crypto;

import com.revealsync.cli.UserError;

/**
 * The token store cannot be used: a missing or malformed key, a value encrypted with another key,
 * or a value that fails its integrity check (tampered, or moved from another user or column). The
 * message names the user and the problem, never a key or token.
 */
public class TokenStoreException extends UserError {
    public TokenStoreException(String message) {
        super(message);
    }
}
