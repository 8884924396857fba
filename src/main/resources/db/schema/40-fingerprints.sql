-- Change detection of the nightly sync (fingerprint package, README "Unchanged rows").
-- Per org and Lusha id: the fingerprint of the row and mapping last exported with a clean outcome,
-- the records that outcome named and the keys the row's lookups search by. A rerun answers a row
-- with the same fingerprint UNCHANGED without lookups or mapping; a record changed in the org since
-- (see below) takes the fingerprints naming it, or holding one of its keys.
CREATE TABLE IF NOT EXISTS row_fingerprint (
    org_id         VARCHAR(18)   NOT NULL,
    lusha_id       VARCHAR(128)  NOT NULL,
    fingerprint    VARCHAR(32)   NOT NULL,   -- first 128 bits of a SHA-256, hex (fingerprint.Fingerprints)
    record_type    VARCHAR(16)   NOT NULL,   -- Lead or Contact
    salesforce_id  VARCHAR(18)   NOT NULL,
    account_id     VARCHAR(18),
    warnings_json  VARCHAR(8000),            -- the outcome's warnings, reported again with it
    match_keys     VARCHAR(4000) NOT NULL,   -- the row's lookup keys (sync.RecordKeys), one a line:
                                             -- a record changed or made with one of them takes it
    PRIMARY KEY (lusha_id, org_id)   -- Lusha id first: lookups are lusha_id IN (...), which H2 serves from the index only on its first column
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
