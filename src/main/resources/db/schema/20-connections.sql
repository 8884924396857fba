-- Per-user Salesforce connections (package com.revealsync.connection). Portable H2/PostgreSQL SQL.
-- Tokens are AES-256-GCM encrypted ("v1:" + base64(iv || ciphertext+tag)), each value bound to its
-- user and column; key_id is the public fingerprint of the key that encrypted them.
CREATE TABLE IF NOT EXISTS sf_connection (
    lusha_user         VARCHAR(320)  PRIMARY KEY,  -- the Lusha user's email, lower case
    environment        VARCHAR(16)   NOT NULL,     -- PRODUCTION, SANDBOX, CUSTOM
    login_url          VARCHAR(512)  NOT NULL,     -- where to sign in, refresh and revoke
    instance_url       VARCHAR(512)  NOT NULL,     -- where the org's API answers
    sf_user_id         VARCHAR(18)   NOT NULL,
    sf_org_id          VARCHAR(18)   NOT NULL,
    status             VARCHAR(24)   NOT NULL,     -- CONNECTED, RECONNECT_REQUIRED
    last_error         VARCHAR(2000),
    refresh_token_enc  VARCHAR(4000) NOT NULL,
    access_token_enc   VARCHAR(4000),
    key_id             VARCHAR(32)   NOT NULL,
    connected_at       TIMESTAMP     NOT NULL,
    refreshed_at       TIMESTAMP,
    updated_at         TIMESTAMP     NOT NULL
);
