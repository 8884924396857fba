package com.revealsync.org.fault;

/** A fault spec that cannot be read; the message names the bad part and what would be right. */
public class FaultSpecException extends IllegalArgumentException {
    public FaultSpecException(String message) {
        super(message);
    }
}
