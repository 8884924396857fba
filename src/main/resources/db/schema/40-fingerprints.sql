-- Change detection of the nightly sync (fingerprint package, README "Unchanged rows").
-- Per org and Lusha id: the fingerprint of the row and mapping last exported with a clean outcome,
-- and the records that outcome named. A rerun answers a row with the same fingerprint UNCHANGED
-- without lookups or mapping, unless one of those records changed in the org since (see below).
CREATE TABLE IF NOT EXISTS row_fingerprint (
    org_id         VARCHAR(18)   NOT NULL,
    lusha_id       VARCHAR(128)  NOT NULL,
    fingerprint    VARCHAR(32)   NOT NULL,   -- first 128 bits of a SHA-256, hex (fingerprint.Fingerprints)
    record_type    VARCHAR(16)   NOT NULL,   -- Lead or Contact
    salesforce_id  VARCHAR(18)   NOT NULL,
    account_id     VARCHAR(18),
    warnings_json  TEXT,                     -- the outcome's warnings, reported again with it
    PRIMARY KEY (org_id, lusha_id)
);

-- Per org, the last sync run that used and kept fingerprints: when it started and finished by the
-- org's clock (epoch milliseconds) and the users it wrote as. The next run asks the org for the
-- records changed since (fingerprint.OrgChanges) and forgets the fingerprints naming them.
CREATE TABLE IF NOT EXISTS org_watermark (
    org_id       VARCHAR(18)    PRIMARY KEY,
    started_ms   BIGINT         NOT NULL,
    finished_ms  BIGINT,                     -- null: the run did not finish (all changes since its start count)
    user_ids     VARCHAR(4000)  NOT NULL     -- comma-separated
);
