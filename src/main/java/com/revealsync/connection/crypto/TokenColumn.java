package com.revealsync.connection.crypto;

/** The encrypted columns; each value is bound to its column so values cannot be swapped. */
public enum TokenColumn {
    REFRESH_TOKEN,
    ACCESS_TOKEN
}
