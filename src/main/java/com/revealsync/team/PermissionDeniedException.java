package com.revealsync.team;

import com.revealsync.cli.UserError;

/** The acting user may not do this: who, what, and which role it takes. */
public class PermissionDeniedException extends UserError {
    public PermissionDeniedException(String message) {
        super(message);
    }
}
