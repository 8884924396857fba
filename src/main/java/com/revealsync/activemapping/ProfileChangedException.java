package com.revealsync.activemapping;

import com.revealsync.cli.UserError;

/**
 * The active profile's file no longer holds the content that passed Test Mapping (or is gone): a run
 * that would use it refuses, before anything is read or sent.
 */
public class ProfileChangedException extends UserError {

    public ProfileChangedException(String message) {
        super(message);
    }
}
